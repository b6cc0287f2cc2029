import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { relationTypes } from './term-content';
import { TermSelect } from './term-select';

interface RelationsFieldProps {
  glossaryId: string;
  /** The term being edited, which cannot relate to itself. */
  termId?: string;
  known: readonly { id: string; name: string }[];
}

/** "This term is a / is part of / is related to / replaces …": one row per relation. */
export function RelationsField({ glossaryId, termId, known }: RelationsFieldProps) {
  const { t } = useTranslation('glossary');
  return (
    <Form.List name={['content', 'relations']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 ? <Typography.Text type="secondary">{t('editor.noRelations')}</Typography.Text> : null}
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" className="editor-row">
              <Form.Item name={[field.name, 'type']} style={{ width: 200, flex: 'none' }}>
                <Select
                  aria-label={t('editor.relationType')}
                  options={relationTypes.map((type) => ({ value: type, label: t(`relation.outgoing.${type}`) }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'termId']}
                rules={[{ required: true, message: t('editor.pickTerm') }]}
                className="editor-row-grow"
              >
                <TermSelect
                  aria-label={t('editor.relatedTerm')}
                  glossaryId={glossaryId}
                  known={known}
                  excludeIds={termId ? [termId] : []}
                  allowClear={false}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('editor.removeRelation')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type: 'related_to' })}>
              {t('editor.addRelation')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** Links to documents outside Steward (a wiki page, a policy, a report). */
export function ReferencesField() {
  const { t } = useTranslation('glossary');
  return (
    <Form.List name={['content', 'externalReferences']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 ? <Typography.Text type="secondary">{t('editor.noReferences')}</Typography.Text> : null}
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" className="editor-row">
              <Form.Item
                name={[field.name, 'label']}
                rules={[{ required: true, whitespace: true, message: t('editor.referenceLabelRequired') }]}
                style={{ width: 220, flex: 'none' }}
              >
                <Input aria-label={t('editor.referenceLabel')} placeholder={t('editor.referenceLabel')} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'url']}
                rules={[
                  { required: true, message: t('editor.referenceUrlRequired') },
                  { pattern: /^https?:\/\/\S+$/i, message: t('editor.referenceUrlInvalid') },
                ]}
                className="editor-row-grow"
              >
                <Input aria-label={t('editor.referenceUrl')} placeholder="https://" inputMode="url" />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('editor.removeReference')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ label: '', url: '' })}>
              {t('editor.addReference')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
