import { ConfigProvider, Flex, Form, InputNumber, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyScoring } from '../../gql/graphql';
import { HelpLabel, type PolicyFormValues, PolicySection } from './policy-editor-shared';

const number = (value: number | undefined) =>
  typeof value === 'number' ? value.toLocaleString(undefined, { maximumFractionDigits: 6 }) : '…';

/** Scoring method, the two thresholds in words, and the cluster guard. */
export function PolicyEditorThresholds({ scoring }: { scoring: PolicyScoring }) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const form = Form.useFormInstance<PolicyFormValues>();
  const autoMerge = Form.useWatch(['policy', 'autoMergeThreshold'], { form, preserve: true });
  const review = Form.useWatch(['policy', 'reviewThreshold'], { form, preserve: true });
  const probabilities = scoring === 'fellegi_sunter';
  // No spinner and no step: a step would pad every value to its decimals (0.990).
  const scale = probabilities ? { min: 0, max: 1, controls: false } : { controls: false };

  return (
    <PolicySection id="policy-thresholds" title={t('thresholds.title')} help={t('thresholds.help')}>
      <Form.Item name={['policy', 'scoring']} label={t('thresholds.scoring')}>
        <Radio.Group
          optionType="button"
          options={(['fellegi_sunter', 'weighted'] as const).map((value) => ({
            value,
            label: <HelpLabel label={t(`scoring.${value}.label`)} help={t(`scoring.${value}.help`)} />,
          }))}
        />
      </Form.Item>
      <div className="policy-form-row">
        <Form.Item
          name={['policy', 'autoMergeThreshold']}
          label={t('thresholds.autoMerge')}
          extra={probabilities ? t('thresholds.probabilityHint') : t('thresholds.scoreHint')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber {...scale} className="policy-number" />
        </Form.Item>
        <Form.Item
          name={['policy', 'reviewThreshold']}
          label={t('thresholds.review')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber {...scale} className="policy-number" />
        </Form.Item>
      </div>
      {/* An explanation, not an input: it keeps its colours on a read-only policy. */}
      <ConfigProvider componentDisabled={false}>
        <Flex vertical gap={6} className="policy-bands" data-testid="threshold-bands">
          <Typography.Text>
            <Tag color="success">{t('thresholds.bands.merge')}</Tag>
            {t('thresholds.bands.mergeText', { value: number(autoMerge) })}
          </Typography.Text>
          <Typography.Text>
            <Tag color="warning">{t('thresholds.bands.review')}</Tag>
            {t('thresholds.bands.reviewText', { low: number(review), high: number(autoMerge) })}
          </Typography.Text>
          <Typography.Text>
            <Tag>{t('thresholds.bands.none')}</Tag>
            {t('thresholds.bands.noneText', { value: number(review) })}
          </Typography.Text>
        </Flex>
      </ConfigProvider>
      <div className="policy-form-row">
        <Form.Item
          name={['policy', 'maxClusterSize']}
          label={<HelpLabel label={t('thresholds.maxCluster')} help={t('thresholds.maxClusterHelp')} />}
          extra={t('thresholds.maxClusterHint')}
        >
          <InputNumber min={2} max={1000} step={1} precision={0} className="policy-number" />
        </Form.Item>
        {probabilities ? (
          <Form.Item
            name={['policy', 'priorMatchRate']}
            label={<HelpLabel label={t('thresholds.prior')} help={t('thresholds.priorHelp')} />}
            extra={t('thresholds.priorHint')}
          >
            <InputNumber min={0} max={1} controls={false} className="policy-number" />
          </Form.Item>
        ) : null}
      </div>
    </PolicySection>
  );
}
