import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Standardiser } from '../../gql/graphql';
import { type PolicyFormValues, PolicySection, standardisers } from './policy-editor-shared';

interface PolicyEditorAttributesProps {
  editable: boolean;
  /** The MDM domain's attributes: the ones a policy may use. */
  domainAttributes: readonly { name: string; label: string | null }[];
}

/** Each attribute the policy uses and how its values are cleaned before they are compared. */
export function PolicyEditorAttributes({ editable, domainAttributes }: PolicyEditorAttributesProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const form = Form.useFormInstance<PolicyFormValues>();
  const used = Form.useWatch(['policy', 'attributes'], { form, preserve: true }) ?? [];
  const labelOf = new Map(domainAttributes.map((attribute) => [attribute.name, attribute.label]));
  const unused = domainAttributes.filter((attribute) => !used.some((item) => item?.name === attribute.name));
  const standardiserOptions = standardisers.map((value) => ({
    value,
    label: t(`standardiser.${value}.label`),
    title: t(`standardiser.${value}.help`),
  }));

  return (
    <Form.List name={['policy', 'attributes']}>
      {(fields, { add, remove }) => (
        <PolicySection
          id="policy-attributes"
          title={t('attributes.title')}
          help={t('attributes.help')}
          extra={
            editable && unused.length ? (
              <Select<string>
                value={null}
                placeholder={
                  <>
                    <PlusOutlined aria-hidden /> {t('attributes.add')}
                  </>
                }
                aria-label={t('attributes.add')}
                className="policy-add-select"
                popupMatchSelectWidth={false}
                options={unused.map((attribute) => ({
                  value: attribute.name,
                  label: attribute.label || attribute.name,
                }))}
                onChange={(name) => add({ name, standardise: ['trim'] satisfies Standardiser[] })}
              />
            ) : null
          }
        >
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            tableLayout="fixed"
            columns={[
              {
                title: t('attributes.attribute'),
                key: 'name',
                width: 220,
                render: (_, field) => {
                  const name: string = form.getFieldValue(['policy', 'attributes', field.name, 'name']) ?? '';
                  const label = labelOf.get(name);
                  return (
                    <Flex vertical gap={0}>
                      <Typography.Text strong>{label || name}</Typography.Text>
                      {label ? <Typography.Text type="secondary">{name}</Typography.Text> : null}
                    </Flex>
                  );
                },
              },
              {
                title: t('attributes.standardise'),
                key: 'standardise',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'standardise']} className="policy-cell-item">
                    <Select
                      mode="multiple"
                      allowClear
                      placeholder={t('attributes.noStandardiser')}
                      aria-label={t('attributes.standardise')}
                      options={standardiserOptions}
                      optionRender={(option) => (
                        <Flex vertical gap={0}>
                          <span>{option.label}</span>
                          <Typography.Text type="secondary" className="policy-option-help">
                            {option.data.title}
                          </Typography.Text>
                        </Flex>
                      )}
                    />
                  </Form.Item>
                ),
              },
              ...(editable
                ? [
                    {
                      title: <span className="sr-only">{t('common:actions.remove')}</span>,
                      key: 'remove',
                      width: 56,
                      render: (_: unknown, field: { name: number }) => (
                        <Tooltip title={t('attributes.remove')}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined aria-hidden />}
                            aria-label={t('attributes.remove')}
                            onClick={() => remove(field.name)}
                          />
                        </Tooltip>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph type="secondary" className="policy-footnote">
            {t('attributes.orderHint')}
          </Typography.Paragraph>
        </PolicySection>
      )}
    </Form.List>
  );
}
