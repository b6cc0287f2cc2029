import {
  CheckCircleOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import type { ProgramQuery } from '../../gql/graphql';
import { formatDay, settingsCriteria, trackKey } from './program-shared';

type Program = NonNullable<ProgramQuery['program']>;
type Figure = Program['impactFigures'][number];

/** How many next actions show before "show all": the first ones are the current steps'. */
const FIRST_ACTIONS = 6;

const actionIcons: Record<string, ReactNode> = {
  criterion: <ExclamationCircleOutlined className="next-action-icon next-action-criterion" aria-hidden />,
  overdue_step: <ClockCircleOutlined className="next-action-icon next-action-overdue" aria-hidden />,
  checklist: <CheckSquareOutlined className="next-action-icon next-action-checklist" aria-hidden />,
  mark_done: <CheckCircleOutlined className="next-action-icon next-action-done" aria-hidden />,
};

/** What to do next, each item a link to the place where it is done. */
export function NextActionsCard({ program }: { program: Program }) {
  const { t } = useTranslation('program');
  const [showAll, setShowAll] = useState(false);
  const settingsHref = `/program/${program.id}/settings`;
  const shown = showAll ? program.nextActions : program.nextActions.slice(0, FIRST_ACTIONS);
  const hidden = program.nextActions.length - shown.length;
  return (
    <Card title={t('next.title')} className="stacked-card" data-testid="next-actions">
      {program.nextActions.length === 0 ? (
        <EmptyState description={t('next.empty')} />
      ) : (
        <ul className="next-actions">
          {shown.map((action) => {
            // Fixes that live on the program itself point at its step page; its settings fix them faster.
            const stepPage = `/program/${program.id}/steps/${action.stepNumber}`;
            const href =
              action.kind === 'criterion' && action.href === stepPage && settingsCriteria.has(action.criterionKey ?? '')
                ? settingsHref
                : (action.href ?? stepPage);
            return (
              <li
                key={`${action.stepNumber}-${action.kind}-${action.criterionKey ?? ''}-${action.label}`}
                className="next-action"
              >
                {actionIcons[action.kind] ?? actionIcons.criterion}
                <Flex vertical gap={0} style={{ minWidth: 0 }}>
                  <Link to={href}>{action.label}</Link>
                  <Typography.Text type="secondary" className="next-action-step">
                    {t('next.step', { number: action.stepNumber })}
                  </Typography.Text>
                </Flex>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 ? (
        <Button type="link" className="next-actions-more" onClick={() => setShowAll(true)}>
          {t('next.showAll', { count: program.nextActions.length })}
        </Button>
      ) : null}
    </Card>
  );
}

/** The business problem, the processes it touches and its impact figures with their baselines. */
export function ProblemCard({ program, editHref }: { program: Program; editHref: string | null }) {
  const { t, i18n } = useTranslation(['program', 'common']);
  const number = new Intl.NumberFormat(i18n.language);
  const edit = editHref ? <Link to={editHref}>{t('common:actions.edit')}</Link> : null;
  return (
    <Card title={t('problem.title')} extra={edit} className="stacked-card">
      {program.businessProblem ? (
        <Typography.Paragraph className="program-problem">{program.businessProblem}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="warning">{t('problem.none')}</Typography.Paragraph>
      )}
      {program.processes.length ? (
        <Flex gap={6} wrap className="program-processes">
          {program.processes.map((item) => (
            <Tag key={`${item.kind}-${item.name}`} color={item.kind === 'regulation' ? 'purple' : undefined}>
              {item.kind === 'regulation' ? `${t('processes.kinds.regulation')}: ` : null}
              {item.name}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {program.impactFigures.length ? (
        <ul className="program-figures">
          {program.impactFigures.map((figure: Figure) => (
            <li key={figure.label} className="program-figure">
              <Typography.Text strong>{figure.label}</Typography.Text>
              <Flex gap={8} wrap align="baseline" className="program-figure-values">
                <span className="program-figure-baseline">
                  {number.format(figure.baseline)} {figure.unit}
                </span>
                {figure.target !== null ? (
                  <span>{t('figures.targetShort', { value: number.format(figure.target), unit: figure.unit })}</span>
                ) : null}
                <Typography.Text type="secondary" className="program-figure-asof">
                  {t('figures.asOfShort', { date: formatDay(figure.asOf, i18n.language) })}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="warning">{t('figures.none')}</Typography.Text>
      )}
    </Card>
  );
}

const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** What the program covers: domains, organisation, sources, tracks, and what it leaves out. */
export function ScopeCard({ program, editHref }: { program: Program; editHref: string | null }) {
  const { t } = useTranslation(['program', 'common']);
  const edit = editHref ? <Link to={editHref}>{t('common:actions.edit')}</Link> : null;
  return (
    <Card title={t('scope.title')} extra={edit} className="stacked-card">
      <Descriptions column={1} size="small" colon={false} className="program-facts">
        <Descriptions.Item label={t('scope.domains')}>
          {program.domains.length ? (
            <Flex gap={8} wrap>
              {program.domains.map((domain) => (
                <Link key={domain.id} to={`/domains/${domain.id}`}>
                  {domain.name}
                </Link>
              ))}
            </Flex>
          ) : (
            <Typography.Text type="warning">{t('scope.noDomains')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('scope.orgUnits')}>
          {program.orgUnits.length ? program.orgUnits.map((unit) => unit.name).join(', ') : none(t('scope.noneNamed'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('scope.itOrgUnits')}>
          {program.itOrgUnits.length
            ? program.itOrgUnits.map((unit) => unit.name).join(', ')
            : none(t('scope.noItOrgUnits'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('scope.sources')}>
          {program.sources.length ? (
            <Flex gap={8} wrap>
              {program.sources.map((source) => (
                <Link key={source.id} to={`/catalog/sources/${source.id}`}>
                  {source.name}
                </Link>
              ))}
            </Flex>
          ) : (
            none(t('scope.sourcesFromDomains'))
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('scope.tracks')}>
          <Flex gap={4} wrap>
            {program.tracks.map((track) => (
              <Tag key={track}>{t(`tracks.${trackKey(track)}.name`)}</Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('scope.outOfScope')}>
          {program.outOfScope ?? none(t('scope.noneNamed'))}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
