import { LockOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordLinksInput } from '../../components/record-links-input';
import type { ControlFrequency, ControlKind } from '../../gql/graphql';
import { controlKinds, isAttested } from './policy-shared';

/** The kinds to choose from, each with its sentence (a new control). */
function KindChoice() {
  const { t } = useTranslation('policies');
  return (
    <Form.Item name={['params', 'kind']} label={t('editor.kind')} rules={[{ required: true }]}>
      <Radio.Group className="control-kind-options" data-testid="control-kind">
        {controlKinds.map((value) => (
          <Radio key={value} value={value} className="control-kind-option" data-testid={`control-kind-${value}`}>
            <Flex vertical gap={0}>
              <strong>{t(`controlKind.${value}`)}</strong>
              <Typography.Text type="secondary" className="policy-small">
                {t(`controlKindHelp.${value}`)}
              </Typography.Text>
            </Flex>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** The kind of an existing control, read only: the form field's value, shown as the chosen option. */
function FixedKind({ value }: { value?: ControlKind }) {
  const { t } = useTranslation('policies');
  if (!value) return null;
  return (
    <Flex gap={10} align="flex-start" className="control-kind-fixed" data-testid="control-kind-fixed">
      <LockOutlined className="control-kind-fixed-icon" aria-hidden />
      <Flex vertical gap={0}>
        <strong>{t(`controlKind.${value}`)}</strong>
        <Typography.Text type="secondary" className="policy-small">
          {t(`controlKindHelp.${value}`)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/**
 * What checks a control: its kind (chosen for a new control, fixed for an existing one) and the
 * settings of that kind (quality rules, the classification requirement, the retention schedule).
 */
export function ControlParamsFields({
  kind,
  frequency,
  fixedKind,
  coversData,
}: {
  kind: ControlKind;
  frequency: ControlFrequency;
  /** An existing control keeps its kind: to check another way, add another control. */
  fixedKind: boolean;
  coversData: boolean;
}) {
  const { t } = useTranslation('policies');
  const form = Form.useFormInstance();
  const requireSteward = Form.useWatch(['params', 'requireSteward'], form);
  const requireMaskingNote = Form.useWatch(['params', 'requireMaskingNote'], form);

  return (
    <>
      {fixedKind ? (
        <Form.Item
          name={['params', 'kind']}
          label={t('editor.kind')}
          extra={t('editor.kindFixed')}
          rules={[{ required: true }]}
        >
          <FixedKind />
        </Form.Item>
      ) : (
        <KindChoice />
      )}

      {kind === 'quality_rule' ? (
        <Form.Item
          name={['params', 'ruleIds']}
          label={t('editor.rules')}
          extra={t('editor.rulesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('editor.rulesRequired') }]}
        >
          <RecordLinksInput types={['quality_rule']} emptyText={t('editor.noRules')} tagTestId="control-rule" />
        </Form.Item>
      ) : null}

      {kind === 'classification_requirement' ? (
        <Form.Item label={t('editor.requirement')} extra={t('editor.requirementHelp')} required>
          <Flex vertical gap={6}>
            <Form.Item name={['params', 'requireSteward']} valuePropName="checked" noStyle>
              <Checkbox data-testid="control-require-steward">{t('editor.requireSteward')}</Checkbox>
            </Form.Item>
            <Form.Item name={['params', 'requireMaskingNote']} valuePropName="checked" noStyle>
              <Checkbox data-testid="control-require-masking-note">{t('editor.requireMaskingNote')}</Checkbox>
            </Form.Item>
            {!requireSteward && !requireMaskingNote ? (
              <Typography.Text type="warning">{t('editor.requireNothing')}</Typography.Text>
            ) : null}
            {!coversData ? (
              <Alert type="warning" showIcon title={t('editor.scopeEmpty')} className="policy-modal-alert" />
            ) : null}
          </Flex>
        </Form.Item>
      ) : null}

      {kind === 'retention' ? (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['params', 'keepDays']}
                label={t('editor.keepDays')}
                rules={[{ required: true, message: t('editor.keepDaysRequired') }]}
              >
                <InputNumber
                  min={1}
                  max={36500}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix={t('editor.days')}
                  data-testid="control-keep-days"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['params', 'action']} label={t('editor.thenAction')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'archive', label: t('retentionAction.archive') },
                    { value: 'delete', label: t('retentionAction.delete') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name={['params', 'timestampColumn']}
            label={t('editor.timestampColumn')}
            extra={t('editor.timestampColumnHelp')}
            rules={[{ required: true, whitespace: true, message: t('editor.timestampColumnRequired') }]}
          >
            <Input
              maxLength={128}
              placeholder="created_at"
              style={{ maxWidth: 320 }}
              data-testid="control-timestamp-column"
            />
          </Form.Item>
          <Form.Item
            name={['params', 'assetIds']}
            label={t('editor.tables')}
            extra={t('editor.tablesHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('editor.tablesRequired') }]}
          >
            <RecordLinksInput types={['asset']} emptyText={t('editor.noTables')} tagTestId="control-table" />
          </Form.Item>
        </>
      ) : null}

      {isAttested(kind) ? (
        <Alert
          type="info"
          showIcon
          title={t('editor.attestedNote', { frequency: t(`frequency.${frequency}`).toLowerCase() })}
        />
      ) : null}
    </>
  );
}
