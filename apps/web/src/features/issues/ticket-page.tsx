import { EyeInvisibleOutlined, EyeOutlined, SendOutlined } from '@ant-design/icons';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan, useViewer } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { Markdown } from '../../components/markdown/markdown';
import { PageHeader } from '../../components/page-header';
import { PersonPicker } from '../../components/person-picker';
import { When } from '../../components/when';
import type { TicketAction, TicketPriority, TicketQuery as TicketQueryType } from '../../gql/graphql';
import { DuplicateReviewCard } from '../mdm/duplicate-review-card';
import { PriorityTag, SlaBadge, slaDuration, TicketKindTag, TicketStatusTag } from './issue-tags';
import {
  AssignTicketMutation,
  CommentOnTicketMutation,
  TicketQuery,
  TransitionTicketMutation,
  UpdateTicketMutation,
  WatchTicketMutation,
} from './issues.graphql';
import { TicketTimeline } from './ticket-timeline';
import { movesWithoutDialog, TransitionModal } from './transition-modal';
import './issues.css';

type TicketData = NonNullable<TicketQueryType['ticket']>;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const priorities: TicketPriority[] = ['P1', 'P2', 'P3', 'P4'];

/** One issue: where it stands, its SLA clock, what it concerns, and its timeline. */
export function TicketPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation(['issues', 'common', 'enums']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const variables = uuid.test(key) ? { id: key } : { key };
  const [{ data, error, fetching }, refetch] = useQuery({ query: TicketQuery, variables });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [pending, setPending] = useState<TicketAction | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const [{ fetching: moving }, transition] = useMutation(TransitionTicketMutation);
  const [, update] = useMutation(UpdateTicketMutation);
  const [, watch] = useMutation(WatchTicketMutation);
  const viewerPerson = useViewer().person;
  const ticket = data?.ticket;
  const canComment = useCan('issues:report');

  if (error && !data) return <LoadError onRetry={reload} fullPage />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!ticket) {
    return (
      <Result
        status="404"
        title={t('ticket.notFound', { id: key })}
        extra={<Link to="/issues">{t('ticket.back')}</Link>}
      />
    );
  }

  const move = async (action: TicketAction) => {
    if (!movesWithoutDialog(action)) {
      setPending(action);
      return;
    }
    const outcome = await transition({ input: { id: ticket.id, version: ticket.version, action } });
    const moved = handle({ payload: outcome.data?.transitionTicket, error: outcome.error }, { onReload: reload });
    if (moved) {
      void message.success(t('transition.done', { key: moved.key, status: t(`status.${moved.status}`) }));
      reload();
    }
  };

  const changePriority = async (priority: TicketPriority) => {
    const outcome = await update({ input: { id: ticket.id, version: ticket.version, priority } });
    const changed = handle({ payload: outcome.data?.updateTicket, error: outcome.error }, { onReload: reload });
    if (changed) {
      void message.success(t('ticket.priorityChanged', { priority: changed.priority }));
      reload();
    }
  };

  const toggleWatch = async () => {
    const outcome = await watch({ input: { id: ticket.id, watching: !ticket.watching } });
    if (handle({ payload: outcome.data?.watchTicket, error: outcome.error })) reload();
  };

  const actions = (
    <Space wrap data-testid="ticket-actions">
      {viewerPerson ? (
        <Button
          icon={ticket.watching ? <EyeInvisibleOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
          onClick={() => void toggleWatch()}
        >
          {ticket.watching ? t('ticket.unwatch') : t('ticket.watch')}
        </Button>
      ) : null}
      {ticket.availableActions.map((action) => (
        <Button
          key={action}
          type={
            action === 'resolve' || (action === 'start' && !ticket.availableActions.includes('resolve'))
              ? 'primary'
              : 'default'
          }
          danger={action === 'wont_fix'}
          loading={moving && movesWithoutDialog(action)}
          onClick={() => void move(action)}
        >
          {t(`action.${action}`)}
        </Button>
      ))}
    </Space>
  );

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/issues">{t('ticket.back')}</Link> }, { title: ticket.key }]} />
        }
        title={
          <span>
            <Typography.Text type="secondary" className="issue-key">
              {ticket.key}
            </Typography.Text>{' '}
            {ticket.title}
          </span>
        }
        tags={
          <Space size={4}>
            <TicketStatusTag status={ticket.status} />
            <PriorityTag priority={ticket.priority} />
          </Space>
        }
        actions={actions}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card title={t('ticket.description')} size="small">
              {ticket.description ? (
                <Markdown source={ticket.description} />
              ) : (
                <Typography.Text type="secondary">{t('ticket.noDescription')}</Typography.Text>
              )}
            </Card>
            {ticket.kind === 'duplicate_review' ? (
              <DuplicateReviewCard ticketId={ticket.id} onDecided={reload} />
            ) : null}
            {ticket.resolution || ticket.rootCause || ticket.duplicateOf ? (
              <Card title={t('ticket.resolution')} size="small" data-testid="ticket-resolution">
                <Descriptions column={1} size="small">
                  {ticket.rootCause ? (
                    <Descriptions.Item label={t('ticket.rootCause')}>{ticket.rootCause.label}</Descriptions.Item>
                  ) : null}
                  {ticket.duplicateOf ? (
                    <Descriptions.Item label={t('ticket.duplicateOf')}>
                      <Link to={`/issues/${ticket.duplicateOf.key}`}>
                        {ticket.duplicateOf.key} {ticket.duplicateOf.title}
                      </Link>
                    </Descriptions.Item>
                  ) : null}
                </Descriptions>
                {ticket.resolution ? <Markdown source={ticket.resolution} /> : null}
              </Card>
            ) : null}
            <Card title={t('ticket.timeline')} size="small">
              <TicketTimeline events={ticket.timeline} />
              {canComment || ticket.canEdit ? <CommentBox ticketId={ticket.id} onSent={reload} /> : null}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('ticket.details')} data-testid="ticket-details">
              <Flex vertical gap={12}>
                <div>
                  <SlaBadge sla={ticket.sla} />
                  {ticket.sla.minutesLeft != null ? (
                    <div>
                      <Typography.Text type="secondary">
                        {t(
                          ticket.sla.minutesLeft >= 0 ? `sla.left.${ticket.sla.clock}` : `sla.over.${ticket.sla.clock}`,
                          {
                            time: slaDuration(ticket.sla.minutesLeft),
                            stage: t(`sla.verb.${ticket.sla.stage}`),
                          },
                        )}
                      </Typography.Text>
                    </div>
                  ) : null}
                </div>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('ticket.assignee')}>
                    <Space wrap>
                      {ticket.assignee ? (
                        <Link to={`/people/${ticket.assignee.id}`} data-testid="ticket-assignee">
                          {ticket.assignee.name}
                        </Link>
                      ) : (
                        <Typography.Text type="secondary" data-testid="ticket-assignee">
                          {t('list.unassigned')}
                        </Typography.Text>
                      )}
                      {ticket.canEdit ? (
                        <Button size="small" type="link" onClick={() => setReassigning(true)}>
                          {t('ticket.reassign')}
                        </Button>
                      ) : null}
                    </Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('ticket.priority')}>
                    {ticket.canEdit ? (
                      <Select
                        size="small"
                        aria-label={t('ticket.changePriority')}
                        value={ticket.priority}
                        onChange={(value: TicketPriority) => void changePriority(value)}
                        options={priorities.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
                        style={{ minWidth: 150 }}
                      />
                    ) : (
                      <PriorityTag priority={ticket.priority} />
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('ticket.kind')}>
                    <TicketKindTag kind={ticket.kind} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('ticket.domain')}>
                    {ticket.domain ? <Link to={`/domains/${ticket.domain.id}`}>{ticket.domain.name}</Link> : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('ticket.reporter')}>
                    {ticket.reporter?.name ?? ticket.timeline[0]?.actorLabel ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('ticket.created')}>
                    <When at={ticket.createdAt} />
                  </Descriptions.Item>
                </Descriptions>
                {ticket.route ? <RouteNote route={ticket.route} /> : null}
              </Flex>
            </Card>
            <Card size="small" title={t('ticket.concerns')} data-testid="ticket-links">
              {ticket.links.length === 0 ? (
                <Typography.Text type="secondary">{t('ticket.noLinks')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={ticket.links}
                  renderItem={(link) => (
                    <List.Item>
                      <Link
                        to={
                          link.type === 'term'
                            ? `/glossary/terms/${link.id}`
                            : link.type === 'field' && link.assetId
                              ? `/catalog/assets/${link.assetId}?column=${encodeURIComponent(link.label.split('.').at(-1) ?? '')}`
                              : `/catalog/assets/${link.assetId ?? link.id}`
                        }
                      >
                        <Typography.Text code>{link.label}</Typography.Text>
                      </Link>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card size="small" title={t('ticket.watchers')}>
              <Flex gap={6} wrap>
                {ticket.watchers.map((watcher) => (
                  <Tag key={watcher.person.id}>
                    {watcher.person.name}
                    <Typography.Text type="secondary">
                      {' '}
                      · {t(`ticket.watcherReason.${watcher.reason as 'reporter'}`, watcher.reason)}
                    </Typography.Text>
                  </Tag>
                ))}
              </Flex>
            </Card>
          </Flex>
        </Col>
      </Row>
      <TransitionModal
        ticket={pending ? ticket : null}
        action={pending}
        onClose={() => setPending(null)}
        onDone={() => {
          setPending(null);
          reload();
        }}
      />
      <ReassignModal ticket={reassigning ? ticket : null} onClose={() => setReassigning(false)} onDone={reload} />
    </>
  );
}

function RouteNote({ route }: { route: NonNullable<TicketData['route']> }) {
  const { t } = useTranslation(['issues', 'enums']);
  const role = route.role ? t(`enums:governanceRole.${route.role}`).toLowerCase() : '';
  const text =
    route.kind === 'triage_queue'
      ? t('ticket.route.triage_queue')
      : t(`ticket.route.${route.kind}${route.inheritedFrom ? 'Inherited' : ''}` as 'ticket.route.link', {
          role,
          via: route.via,
          from: route.inheritedFrom,
        });
  return (
    <Typography.Text type="secondary" data-testid="ticket-route">
      {text}
    </Typography.Text>
  );
}

function CommentBox({ ticketId, onSent }: { ticketId: string; onSent: () => void }) {
  const { t } = useTranslation('issues');
  const [form] = Form.useForm<{ body: string }>();
  const handle = useResultHandler();
  const [{ fetching }, comment] = useMutation(CommentOnTicketMutation);
  const onFinish = async ({ body }: { body: string }) => {
    const outcome = await comment({ input: { id: ticketId, body } });
    if (handle({ payload: outcome.data?.commentOnTicket, error: outcome.error }, { form })) {
      form.resetFields();
      onSent();
    }
  };
  return (
    <Form form={form} onFinish={onFinish} name="ticket-comment" layout="vertical">
      <Form.Item
        name="body"
        rules={[{ required: true, whitespace: true, message: t('ticket.commentMissing') }]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea
          aria-label={t('ticket.comment')}
          placeholder={t('ticket.commentPlaceholder')}
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={20_000}
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" icon={<SendOutlined aria-hidden />} loading={fetching}>
          {t('ticket.send')}
        </Button>
      </Flex>
    </Form>
  );
}

function ReassignModal({
  ticket,
  onClose,
  onDone,
}: {
  ticket: TicketData | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['issues', 'common']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [personId, setPersonId] = useState<string | undefined>();
  const [{ fetching }, assign] = useMutation(AssignTicketMutation);
  const submit = async (assigneeId: string | null) => {
    if (!ticket) return;
    const outcome = await assign({ input: { id: ticket.id, version: ticket.version, assigneeId } });
    const assigned = handle({ payload: outcome.data?.assignTicket, error: outcome.error }, { onReload: onDone });
    if (!assigned) return;
    void message.success(
      assigned.assignee
        ? t('ticket.assigned', { key: assigned.key, name: assigned.assignee.name })
        : t('ticket.returned', { key: assigned.key }),
    );
    setPersonId(undefined);
    onClose();
    onDone();
  };
  return (
    <Modal
      open={Boolean(ticket)}
      title={ticket ? t('ticket.reassignTitle', { key: ticket.key }) : ''}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="queue" onClick={() => void submit(null)} disabled={!ticket?.assignee}>
          {t('ticket.toQueue')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!personId}
          loading={fetching}
          onClick={() => void submit(personId ?? null)}
        >
          {t('ticket.reassign')}
        </Button>,
      ]}
    >
      <Form layout="vertical">
        <Form.Item label={t('ticket.assignee')}>
          <PersonPicker
            value={personId}
            onChange={setPersonId}
            excludeIds={ticket?.assignee ? [ticket.assignee.id] : []}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
