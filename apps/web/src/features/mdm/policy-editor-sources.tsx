import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, InputNumber, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { HelpLabel, PolicySection } from './policy-editor-shared';

interface PolicyEditorSourcesProps {
  editable: boolean;
  /** The MDM domain's source systems, offered as names. */
  sourceNames: string[];
}

/** How far each source is trusted: its priority and a trust that decays with the value's age. */
export function PolicyEditorSources({ editable, sourceNames }: PolicyEditorSourcesProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const number = (name: (string | number)[], label: string, props: Record<string, number>, controls = true) => (
    <Form.Item name={name} className="policy-cell-item">
      <InputNumber {...props} controls={controls} aria-label={label} className="policy-number" />
    </Form.Item>
  );

  return (
    <Form.List name={['policy', 'sources']}>
      {(fields, { add, remove }) => {
        const addButton = editable ? (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', priority: fields.length + 1, maxTrust: 1, minTrust: 0.5, decayDays: 365 })}
          >
            {t('sources.add')}
          </Button>
        ) : null;
        return (
          <PolicySection
            id="policy-sources"
            title={t('sources.title')}
            help={t('sources.help')}
            extra={fields.length ? addButton : null}
          >
            {fields.length === 0 ? (
              <EmptyState description={t('sources.empty')} action={addButton} />
            ) : (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                tableLayout="fixed"
                columns={[
                  {
                    title: t('sources.name'),
                    key: 'name',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'name']}
                        className="policy-cell-item"
                        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                      >
                        <AutoComplete
                          aria-label={t('sources.name')}
                          options={sourceNames.map((value) => ({ value }))}
                          showSearch={{
                            filterOption: (input, option) =>
                              String(option?.value ?? '')
                                .toLowerCase()
                                .includes(input.toLowerCase()),
                          }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: <HelpLabel label={t('sources.priority')} help={t('sources.priorityHelp')} />,
                    key: 'priority',
                    width: 120,
                    render: (_, field) => number([field.name, 'priority'], t('sources.priority'), { min: 1, step: 1 }),
                  },
                  {
                    title: <HelpLabel label={t('sources.maxTrust')} help={t('sources.trustHelp')} />,
                    key: 'maxTrust',
                    width: 130,
                    render: (_, field) =>
                      number([field.name, 'maxTrust'], t('sources.maxTrust'), { min: 0, max: 1 }, false),
                  },
                  {
                    title: <HelpLabel label={t('sources.minTrust')} help={t('sources.trustHelp')} />,
                    key: 'minTrust',
                    width: 130,
                    render: (_, field) =>
                      number([field.name, 'minTrust'], t('sources.minTrust'), { min: 0, max: 1 }, false),
                  },
                  {
                    title: <HelpLabel label={t('sources.decayDays')} help={t('sources.decayHelp')} />,
                    key: 'decayDays',
                    width: 140,
                    render: (_, field) =>
                      number([field.name, 'decayDays'], t('sources.decayDays'), { min: 1, step: 30 }),
                  },
                  ...(editable
                    ? [
                        {
                          title: <span className="sr-only">{t('common:actions.remove')}</span>,
                          key: 'remove',
                          width: 56,
                          render: (_: unknown, field: { name: number }) => (
                            <Tooltip title={t('sources.remove')}>
                              <Button
                                type="text"
                                icon={<DeleteOutlined aria-hidden />}
                                aria-label={t('sources.remove')}
                                onClick={() => remove(field.name)}
                              />
                            </Tooltip>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </PolicySection>
        );
      }}
    </Form.List>
  );
}
