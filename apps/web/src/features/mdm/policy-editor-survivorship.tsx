import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurvivorshipRule } from '../../gql/graphql';
import { type PolicyFormValues, PolicySection, survivorshipRules } from './policy-editor-shared';

const defaultChain: SurvivorshipRule[] = ['most_frequent', 'most_complete', 'most_recent', 'most_common_in_data'];

interface PolicyEditorSurvivorshipProps {
  editable: boolean;
  labelOf: (name: string) => string;
}

/**
 * Per attribute, the ordered rules that pick the golden value. The form keeps the server's list
 * (only attributes with a chain) so field errors land as they are; the table lists every attribute.
 */
export function PolicyEditorSurvivorship({ editable, labelOf }: PolicyEditorSurvivorshipProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const form = Form.useFormInstance<PolicyFormValues>();
  const attributes = Form.useWatch(['policy', 'attributes'], { form, preserve: true }) ?? [];
  const chains = Form.useWatch(['policy', 'survivorship'], { form, preserve: true }) ?? [];
  const ruleLabel = (rule: SurvivorshipRule) => t(`rule.${rule}.label`);
  const ruleOptions = survivorshipRules.map((value) => ({
    value,
    label: ruleLabel(value),
    title: t(`rule.${value}.help`),
  }));
  // Every attribute of the policy, then any chain naming an attribute the policy no longer has.
  const names = [
    ...attributes.map((attribute) => attribute?.name),
    ...chains.map((chain) => chain?.attribute).filter((name) => !attributes.some((item) => item?.name === name)),
  ].filter((name): name is string => Boolean(name));

  return (
    <Form.List name={['policy', 'survivorship']}>
      {(_fields, { add, remove }) => (
        <PolicySection id="policy-survivorship" title={t('survivorship.title')} help={t('survivorship.help')}>
          <Table
            size="small"
            pagination={false}
            rowKey={(name) => name}
            dataSource={names}
            tableLayout="fixed"
            columns={[
              {
                title: t('survivorship.attribute'),
                key: 'attribute',
                width: 220,
                render: (_, name) => <Typography.Text strong>{labelOf(name)}</Typography.Text>,
              },
              {
                title: t('survivorship.chain'),
                key: 'chain',
                render: (_, name) => {
                  const index = chains.findIndex((chain) => chain?.attribute === name);
                  if (index < 0) {
                    return (
                      <Flex gap={8} align="center" wrap>
                        <Typography.Text type="secondary">
                          {t('survivorship.default', { chain: defaultChain.map(ruleLabel).join(' → ') })}
                        </Typography.Text>
                        {editable ? (
                          <Button
                            size="small"
                            type="link"
                            icon={<PlusOutlined aria-hidden />}
                            onClick={() => add({ attribute: name, rules: [...defaultChain] })}
                          >
                            {t('survivorship.customise')}
                          </Button>
                        ) : null}
                      </Flex>
                    );
                  }
                  return (
                    <Flex gap={4} align="flex-start">
                      <Form.Item name={[index, 'rules']} className="policy-cell-item policy-grow">
                        <Select
                          mode="multiple"
                          aria-label={t('survivorship.chain')}
                          options={ruleOptions}
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
                      {editable ? (
                        <Tooltip title={t('survivorship.useDefault')}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined aria-hidden />}
                            aria-label={t('survivorship.useDefault')}
                            onClick={() => remove(index)}
                          />
                        </Tooltip>
                      ) : null}
                    </Flex>
                  );
                },
              },
            ]}
          />
          <Typography.Paragraph type="secondary" className="policy-footnote">
            {t('survivorship.orderHint')}
          </Typography.Paragraph>
        </PolicySection>
      )}
    </Form.List>
  );
}
