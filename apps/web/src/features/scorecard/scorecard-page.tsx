import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { HierarchySelect, TOP_LEVEL } from '../../components/hierarchy-select';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { PublishScorecardModal } from './publish-scorecard-modal';
import { ScorecardPublicationsQuery, ScorecardQuery } from './scorecard.graphql';
import { ScorecardGlance } from './scorecard-glance';
import { KpiTile } from './scorecard-kpi-tile';
import { ScorecardMaturity } from './scorecard-maturity';
import { ScorecardPolicies } from './scorecard-policies';
import { ScorecardProgress, useProgramLine } from './scorecard-progress';
import { ScorecardPublication } from './scorecard-publication';
import { ScorecardRisks } from './scorecard-risks';
import '../metrics/metrics.css';
import './scorecard.css';
import './scorecard-print.css';

/**
 * The one page an executive reads: maturity against target, the headline metrics in red, amber and
 * green with who owns the red ones, the program's progress and the top risks. Prints on one A4 page.
 */
export function ScorecardPage() {
  const { t, i18n } = useTranslation(['metrics', 'common']);
  const canManage = useCan('program:manage');
  const line = useProgramLine();
  const [params, setParams] = useSearchParams();
  const domainId = params.get('domain');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ScorecardQuery, variables: { domainId } });
  const [{ data: publications }, refetchPublications] = useQuery({ query: ScorecardPublicationsQuery });
  const [{ data: domainOptions, fetching: loadingDomains }] = useQuery({ query: DomainOptionsQuery });
  const [publishing, setPublishing] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const reloadPublications = () => refetchPublications({ requestPolicy: 'network-only' });

  const domains = domainOptions?.domains.nodes ?? [];
  const domainName = domainId ? (domains.find((domain) => domain.id === domainId)?.name ?? '') : null;
  const scorecard = data?.scorecard;
  const program = scorecard?.program ?? null;
  const printedOn = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());

  const actions = (
    <>
      <div className="scorecard-domain-filter">
        <HierarchySelect
          id="scorecard-domain"
          nodes={domains}
          loading={loadingDomains}
          allowTopLevel
          topLevelLabel={t('scorecard.allDomains')}
          value={domainId ?? TOP_LEVEL}
          onChange={(value) => setParams(value === TOP_LEVEL ? {} : { domain: value }, { replace: true })}
        />
        <label htmlFor="scorecard-domain" className="sr-only">
          {t('scorecard.domainFilter')}
        </label>
      </div>
      <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
        {t('scorecard.print')}
      </Button>
      {canManage ? (
        <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setPublishing(true)}>
          {t('scorecard.publishButton')}
        </Button>
      ) : null}
    </>
  );

  const description = program
    ? `${program.name} · ${line.steps(program)} · ${line.done(program)}`
    : t('scorecard.description');

  return (
    <div className="scorecard-page" data-testid="scorecard">
      <div className="scorecard-print-header" data-testid="scorecard-print-header">
        <span>
          <strong className="scorecard-print-title">{t('scorecard.title')}</strong>
          {' · '}
          {program ? `${program.name} · ` : null}
          {domainName ?? t('scorecard.allDomains')}
        </span>
        <span>{t('scorecard.printedOn', { day: printedOn })}</span>
      </div>
      <PageHeader title={t('scorecard.title')} description={description} actions={actions} />
      {error && !data ? (
        <LoadError onRetry={reload} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : scorecard ? (
        <div className="scorecard-body">
          <ScorecardPublication
            publication={publications?.scorecardPublications[0] ?? null}
            onChanged={reloadPublications}
          />
          {domainName ? (
            <div className="scorecard-scope" data-testid="scorecard-scope">
              {t('scorecard.scopeDomain', { name: domainName })}
            </div>
          ) : null}
          <ScorecardGlance scorecard={scorecard} />
          <ScorecardMaturity scorecard={scorecard} />
          <Card
            title={t('scorecard.kpis.title')}
            extra={<span className="scorecard-card-hint">{t('scorecard.kpis.hint')}</span>}
            className="scorecard-card"
            data-testid="scorecard-kpis"
          >
            {scorecard.kpis.length === 0 ? (
              <EmptyState description={domainId ? t('scorecard.kpis.emptyDomain') : t('scorecard.kpis.empty')} />
            ) : (
              <div className="kpi-grid">
                {scorecard.kpis.map((kpi) => (
                  <KpiTile key={kpi.metric.id} kpi={kpi} />
                ))}
              </div>
            )}
          </Card>
          <div className="scorecard-pair">
            <ScorecardProgress program={program} />
            <ScorecardRisks risks={scorecard.risks} />
          </div>
          <ScorecardPolicies policies={scorecard.policies} />
        </div>
      ) : null}
      <PublishScorecardModal
        open={publishing}
        filtered={domainId !== null}
        onClose={() => setPublishing(false)}
        onPublished={reloadPublications}
      />
    </div>
  );
}
