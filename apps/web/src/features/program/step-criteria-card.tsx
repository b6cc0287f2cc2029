import {
  CheckCircleFilled,
  CheckOutlined,
  CloseCircleFilled,
  ExclamationCircleOutlined,
  MinusCircleFilled,
} from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import type { CriterionState, ProgramStepQuery } from '../../gql/graphql';
import { CriterionThreshold } from './criterion-threshold';
import { EvidenceMeter, ProvenanceTag, settingsCriteria } from './program-shared';
import type { StepPatch } from './use-step-update';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;
type Result = Step['criteria'][number];

const stateIcons: Record<CriterionState, ReactNode> = {
  pass: <CheckCircleFilled className="criterion-icon criterion-pass" />,
  fail: <CloseCircleFilled className="criterion-icon criterion-fail" />,
  unavailable: <MinusCircleFilled className="criterion-icon criterion-unavailable" />,
};

/**
 * The step's exit criteria as the records show them now: state, the measured value against its
 * threshold, and each piece of evidence; a missing one links to where it is fixed.
 */
export function StepCriteriaCard({
  step,
  programId,
  save,
}: {
  step: Step;
  programId: string;
  /** Saves the program's thresholds; absent for readers. */
  save?: (patch: StepPatch) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation('program');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const definitions = new Map(step.step.criteria.map((definition) => [definition.key, definition]));
  const settingsHref = `/program/${programId}/settings`;

  const measure = (result: Result) => {
    if (result.value === null && result.threshold === null) return null;
    const unit = definitions.get(result.key)?.thresholdUnit;
    const format = (value: number) =>
      unit === 'share'
        ? `${number.format(value * 100)}%`
        : unit === 'days'
          ? t('criteria.units.days', { count: value, value: number.format(value) })
          : unit === 'characters'
            ? t('criteria.units.characters', { count: value, value: number.format(value) })
            : number.format(value);
    const definition = definitions.get(result.key);
    return (
      <Typography.Text className="criterion-measure">
        {result.value !== null && result.threshold !== null
          ? t('criteria.valueVsThreshold', { value: format(result.value), threshold: format(result.threshold) })
          : result.value !== null
            ? t('criteria.value', { value: format(result.value) })
            : t('criteria.threshold', { threshold: format(result.threshold!) })}
        {save && result.threshold !== null && definition?.defaultThreshold != null ? (
          <CriterionThreshold
            criterionKey={result.key}
            current={result.threshold}
            defaultValue={definition.defaultThreshold}
            unit={definition.thresholdUnit ?? null}
            save={save}
          />
        ) : null}
      </Typography.Text>
    );
  };

  const criterion = (result: Result) => {
    const definition = definitions.get(result.key);
    const fixHere = settingsCriteria.has(result.key) ? settingsHref : null;
    return (
      <li
        key={result.key}
        className={`criterion criterion-row-${result.state}`}
        data-testid={`criterion-${result.key}`}
      >
        <Tooltip title={t(`criteria.state.${result.state}`)}>
          <span role="img" aria-label={t(`criteria.state.${result.state}`)}>
            {stateIcons[result.state]}
          </span>
        </Tooltip>
        <Flex vertical gap={4} className="criterion-body">
          <Flex gap={8} align="baseline" wrap>
            <Typography.Text strong>{definition?.text ?? result.key}</Typography.Text>
            <Typography.Text type="secondary" className="criterion-key">
              {result.key}
            </Typography.Text>
            {definition ? <ProvenanceTag provenance={definition.provenance} /> : null}
          </Flex>
          <Typography.Text type={result.state === 'unavailable' ? 'secondary' : undefined}>
            {result.summary}
          </Typography.Text>
          {measure(result)}
          {result.evidence.length ? (
            <ul className="evidence-list">
              {result.evidence.map((item) => {
                const href = item.href ?? (item.ok ? null : fixHere);
                return (
                  <li key={`${item.ok}-${item.label}`} className={item.ok ? 'evidence-ok' : 'evidence-missing'}>
                    {item.ok ? (
                      <CheckOutlined className="evidence-icon" aria-label={t('criteria.present')} />
                    ) : (
                      <ExclamationCircleOutlined className="evidence-icon" aria-label={t('criteria.missing')} />
                    )}
                    {item.ok ? (
                      href ? (
                        <Link to={href}>{item.label}</Link>
                      ) : (
                        <span>{item.label}</span>
                      )
                    ) : (
                      <>
                        <span>{item.label}</span>
                        {href ? (
                          <Link to={href} className="evidence-fix">
                            {t('criteria.fix')}
                          </Link>
                        ) : null}
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </Flex>
      </li>
    );
  };

  return (
    <Card
      title={t('criteria.title')}
      extra={step.criteria.length ? <EvidenceMeter criteria={step.criteria} /> : null}
      className="stacked-card"
      data-testid="exit-criteria"
    >
      {step.criteria.length === 0 ? (
        <EmptyState description={t('criteria.none')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="card-hint">
            {t('criteria.hint')}
          </Typography.Paragraph>
          <ul className="criteria">{step.criteria.map(criterion)}</ul>
        </>
      )}
    </Card>
  );
}
