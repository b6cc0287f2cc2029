import { useTranslation } from 'react-i18next';
import type { Rag, ScorecardQuery } from '../../gql/graphql';
import { ragColors } from '../metrics/metric-tags';
import { useProgramLine } from './scorecard-progress';
import { riskKinds } from './scorecard-risks';

type Scorecard = ScorecardQuery['scorecard'];

const ragOrder = ['red', 'amber', 'green'] as const satisfies readonly Rag[];

/** Four numbers that say where things stand before the details: maturity, metrics, progress, risks. */
export function ScorecardGlance({ scorecard }: { scorecard: Scorecard }) {
  const { t, i18n } = useTranslation('metrics');
  const line = useProgramLine();
  const level = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const { overall, kpis, program, risks } = scorecard;
  const rated = kpis.filter((kpi) => kpi.rag !== 'none');
  const green = kpis.filter((kpi) => kpi.rag === 'green').length;
  const riskCounts = riskKinds
    .map((kind) => ({ kind, count: risks.filter((risk) => risk.kind === kind).length }))
    .filter((entry) => entry.count > 0);

  return (
    <section className="scorecard-glance" aria-label={t('scorecard.glance.label')} data-testid="scorecard-glance">
      <div className="glance-item">
        <div className="glance-label">{t('scorecard.glance.maturity')}</div>
        {overall && overall.current !== null ? (
          <>
            <div className="glance-value">
              {level.format(overall.current)}
              {overall.target !== null ? (
                <span className="glance-value-secondary"> / {level.format(overall.target)}</span>
              ) : null}
            </div>
            <div className="glance-caption">{t('scorecard.glance.maturityCaption')}</div>
          </>
        ) : (
          <div className="glance-caption glance-empty">{t('scorecard.maturity.emptyTitle')}</div>
        )}
      </div>
      <div className="glance-item">
        <div className="glance-label">{t('scorecard.glance.metrics')}</div>
        {rated.length ? (
          <>
            <div className="glance-value">{t('scorecard.glance.onTarget', { count: green, total: rated.length })}</div>
            <div className="glance-caption glance-rag">
              {ragOrder.map((rag) => {
                const count = kpis.filter((kpi) => kpi.rag === rag).length;
                return count ? (
                  <span key={rag}>
                    <span className="rag-dot" style={{ background: ragColors[rag] }} aria-hidden />
                    {t(`scorecard.glance.rag.${rag}`, { count })}
                  </span>
                ) : null;
              })}
            </div>
          </>
        ) : (
          <div className="glance-caption glance-empty">{t('scorecard.glance.noRated')}</div>
        )}
      </div>
      <div className="glance-item">
        <div className="glance-label">{t('scorecard.glance.program')}</div>
        {program ? (
          <>
            <div className="glance-value">{line.steps(program)}</div>
            <div className="glance-caption">{line.done(program)}</div>
          </>
        ) : (
          <div className="glance-caption glance-empty">{t('scorecard.program.none')}</div>
        )}
      </div>
      <div className="glance-item">
        <div className="glance-label">{t('scorecard.glance.risks')}</div>
        <div className="glance-value" style={{ color: risks.length ? ragColors.red : ragColors.green }}>
          {t('scorecard.glance.riskCount', { count: risks.length })}
        </div>
        <div className="glance-caption">
          {riskCounts.length
            ? riskCounts
                .map((entry) => t(`scorecard.glance.riskKind.${entry.kind}`, { count: entry.count }))
                .join(' · ')
            : t('scorecard.glance.noRisks')}
        </div>
      </div>
    </section>
  );
}
