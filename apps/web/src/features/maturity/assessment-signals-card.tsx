import { CheckCircleOutlined, FlagFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { type AssessmentDetail, formatScore, formatShare, type MaturityModelDefinition } from './maturity-shared';

type Signal = AssessmentDetail['results']['signals'][number];

/**
 * Live signals from Steward's own records against the self-assessment: where they disagree, a flag
 * with the signal's value, so the workshop can challenge the score.
 */
export function AssessmentSignalsCard({ signals, model }: { signals: Signal[]; model: MaturityModelDefinition }) {
  const { t, i18n } = useTranslation('maturity');
  const categoryName = new Map(model.categories.map((category) => [category.key, category.name]));
  // A category's own signal repeats its question's when both read the same metric: show it once.
  const distinct = signals.filter(
    (signal) =>
      signal.scope === 'question' ||
      !signals.some(
        (other) => other.scope === 'question' && other.category === signal.category && other.signal === signal.signal,
      ),
  );
  const flagged = distinct.filter((signal) => signal.hasDisagreement);
  const agreeing = distinct.filter((signal) => !signal.hasDisagreement);

  const describe = (signal: Signal) => {
    const category = categoryName.get(signal.category) ?? signal.category;
    const subject = signal.scope === 'question' ? t('signals.question', { category, key: signal.key }) : category;
    return t('signals.line', {
      subject,
      self: signal.selfAssessed === null ? t('signals.notAssessed') : formatScore(signal.selfAssessed, i18n.language),
      suggested: signal.suggestedLevel,
      signal: t(`signals.names.${signal.signal}`, { defaultValue: signal.signal.replaceAll('_', ' ') }),
      value: formatShare(signal.value, i18n.language),
    });
  };

  return (
    <Card title={t('signals.title')} className="maturity-card" data-testid="maturity-signals">
      {signals.length === 0 ? (
        <EmptyState description={t('signals.empty')} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('signals.intro')}</Typography.Text>
          {flagged.length > 0 ? (
            <ul className="maturity-signal-list">
              {flagged.map((signal) => (
                <li key={`${signal.scope}-${signal.key}`} className="maturity-signal maturity-signal-flagged">
                  <Flex gap={8} align="flex-start">
                    <FlagFilled className="maturity-signal-flag" aria-label={t('signals.flag')} />
                    <span>{describe(signal)}</span>
                  </Flex>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="success">
              <CheckCircleOutlined aria-hidden /> {t('signals.noneFlagged')}
            </Typography.Text>
          )}
          {agreeing.length > 0 ? (
            <details className="maturity-signals-agreeing">
              <summary>{t('signals.agreeing', { count: agreeing.length })}</summary>
              <ul className="maturity-signal-list">
                {agreeing.map((signal) => (
                  <li key={`${signal.scope}-${signal.key}`} className="maturity-signal">
                    {describe(signal)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}
