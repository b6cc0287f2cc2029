import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import type { ScorecardQuery } from '../../gql/graphql';

type Risk = ScorecardQuery['scorecard']['risks'][number];

export const riskKinds = ['p1_issue', 'breached_sla', 'failing_rule'] as const;
type RiskKind = (typeof riskKinds)[number];
const kindColors: Record<RiskKind, string> = { p1_issue: 'red', breached_sla: 'volcano', failing_rule: 'orange' };

/** How many show before "show all": the server puts P1 issues first, then breached SLAs, then rules. */
const FIRST_RISKS = 8;

function kindOf(risk: Risk): RiskKind {
  return (riskKinds as readonly string[]).includes(risk.kind) ? (risk.kind as RiskKind) : 'p1_issue';
}

/** Open P1 issues, breached SLAs and failing high or critical rules, each with a link and its owner. */
export function ScorecardRisks({ risks }: { risks: readonly Risk[] }) {
  const { t } = useTranslation('metrics');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? risks : risks.slice(0, FIRST_RISKS);
  const hidden = risks.length - shown.length;
  return (
    <Card title={t('scorecard.risks.title')} className="scorecard-card" data-testid="scorecard-risks">
      {risks.length === 0 ? (
        <Flex gap={8} align="center" className="scorecard-no-risks">
          <CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden />
          <Typography.Text>{t('scorecard.risks.none')}</Typography.Text>
        </Flex>
      ) : (
        <ul className="scorecard-risks">
          {shown.map((risk) => {
            const kind = kindOf(risk);
            return (
              <li key={`${risk.kind}-${risk.href}-${risk.label}`} data-testid="scorecard-risk" data-kind={risk.kind}>
                <Tag color={kindColors[kind]} className="risk-kind">
                  {t(`scorecard.risks.kind.${kind}`)}
                </Tag>
                <Link to={risk.href} className="risk-label">
                  {risk.label}
                </Link>
                <span className="risk-owner">
                  {risk.owner ? (
                    <>
                      <PersonAvatar name={risk.owner.name} size={20} />
                      <Link to={`/people/${risk.owner.id}`}>{risk.owner.name}</Link>
                    </>
                  ) : (
                    <Typography.Text type="warning">{t('scorecard.risks.unassigned')}</Typography.Text>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 ? (
        <div className="scorecard-more-risks">
          <Button type="link" size="small" onClick={() => setShowAll(true)}>
            {t('scorecard.risks.showAll', { count: risks.length })}
          </Button>
          <span className="scorecard-print-only">{t('scorecard.risks.more', { count: hidden })}</span>
        </div>
      ) : null}
    </Card>
  );
}
