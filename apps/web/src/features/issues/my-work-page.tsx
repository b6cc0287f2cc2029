import {
  AuditOutlined,
  BookOutlined,
  BulbOutlined,
  ExclamationCircleOutlined,
  FileDoneOutlined,
  FormOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Card, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { relativeTime } from '../../components/when';
import type { MyWorkQuery as MyWorkQueryType } from '../../gql/graphql';
import { PriorityTag, SlaBadge, TicketStatusTag } from './issue-tags';
import { MyWorkQuery } from './issues.graphql';
import './issues.css';

type WorkItem = MyWorkQueryType['myWork'][number];
type TaskArea = NonNullable<WorkItem['task']>['area'];

const taskIcons: Record<TaskArea, ReactNode> = {
  questionnaire: <FormOutlined aria-hidden />,
  attestation: <SafetyCertificateOutlined aria-hidden />,
  policy_approval: <AuditOutlined aria-hidden />,
  document_approval: <FileDoneOutlined aria-hidden />,
};

/** The steward's home: everything waiting on them in one list, soonest due first. */
export function MyWorkPage() {
  const { t, i18n } = useTranslation(['issues', 'common']);
  const viewer = useViewer();
  const context = useMemo(() => ({ additionalTypenames: ['Ticket', 'TermProposal'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MyWorkQuery,
    context,
    requestPolicy: 'cache-and-network',
  });
  const items = data?.myWork ?? [];

  const itemOf = (item: WorkItem) => {
    if (item.kind === 'ticket' && item.ticket) {
      const ticket = item.ticket;
      return {
        key: ticket.id,
        icon: <ExclamationCircleOutlined aria-hidden />,
        title: (
          <Link to={`/issues/${ticket.key}`}>
            <Typography.Text type="secondary" className="issue-key">
              {ticket.key}
            </Typography.Text>{' '}
            {ticket.title}
          </Link>
        ),
        meta: (
          <Flex gap={6} wrap align="center">
            <PriorityTag priority={ticket.priority} short />
            <TicketStatusTag status={ticket.status} />
            <SlaBadge sla={ticket.sla} />
            {ticket.domain ? <Typography.Text type="secondary">{ticket.domain.name}</Typography.Text> : null}
          </Flex>
        ),
      };
    }
    if (item.kind === 'proposal' && item.proposal) {
      const proposal = item.proposal;
      const name = proposal.term?.name ?? proposal.content.name;
      return {
        key: proposal.id,
        icon: <BookOutlined aria-hidden />,
        title: <Link to={`/glossary/terms/${proposal.term.id}`}>{t('work.proposal', { name })}</Link>,
        meta: (
          <Flex gap={6} wrap align="center">
            <Tag>{t('work.kind.proposal')}</Tag>
            <Typography.Text type="secondary">{t('work.proposalBy', { author: proposal.authorLabel })}</Typography.Text>
            {item.dueAt ? (
              <Typography.Text type={new Date(item.dueAt) < new Date() ? 'danger' : 'secondary'}>
                · {t('work.decisionDue', { when: relativeTime(item.dueAt, i18n.language) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      };
    }
    if (item.kind === 'task' && item.task) {
      const task = item.task;
      return {
        key: `${task.area}:${task.href}:${task.subject}`,
        icon: taskIcons[task.area],
        title: (
          <Link to={task.href}>
            {t(`work.task.${task.area}` as 'work.task.policy_approval', {
              subject: task.subject,
              version: task.context ?? '',
            })}
          </Link>
        ),
        meta: (
          <Flex gap={6} wrap align="center">
            <Tag>{t(`work.kind.${task.area}`)}</Tag>
            {task.area === 'attestation' && task.context ? (
              <Typography.Text type="secondary">{task.context}</Typography.Text>
            ) : null}
            {item.dueAt ? (
              <Typography.Text type={new Date(item.dueAt) < new Date() ? 'danger' : 'secondary'}>
                · {t('work.due', { when: relativeTime(item.dueAt, i18n.language) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      };
    }
    return {
      key: 'suggestions',
      icon: <BulbOutlined aria-hidden />,
      title: <Link to="/catalog/suggestions">{t('work.suggestions', { count: item.suggestionCount ?? 0 })}</Link>,
      meta: <Tag>{t('work.kind.suggestions')}</Tag>,
    };
  };

  return (
    <>
      <PageHeader title={t('work.title')} description={t('work.description')} />
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : items.length === 0 ? (
        <Card>
          <EmptyState title={viewer.person?.name} description={t('work.empty')} />
        </Card>
      ) : (
        <Card className="table-card">
          <List
            data-testid="my-work"
            dataSource={items}
            renderItem={(item) => {
              const shown = itemOf(item);
              return (
                <List.Item key={shown.key} data-testid="work-item" data-kind={item.kind}>
                  <List.Item.Meta
                    avatar={shown.icon}
                    title={<div className="work-item-title">{shown.title}</div>}
                    description={shown.meta}
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      )}
    </>
  );
}
