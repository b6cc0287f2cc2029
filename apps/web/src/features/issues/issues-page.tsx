import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useCan, useViewer } from '../../auth/viewer-context';
import { CursorPager } from '../../components/cursor-pager';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PersonPicker } from '../../components/person-picker';
import type { TicketFilter, TicketKind, TicketPriority, TicketRowFragment, TicketStatus } from '../../gql/graphql';
import { PriorityTag, SlaBadge, TicketStatusTag } from './issue-tags';
import { AssignTicketMutation, TicketsQuery } from './issues.graphql';
import { TicketFormModal } from './ticket-form-modal';
import './issues.css';

const PAGE_SIZE = 50;
const kinds: TicketKind[] = ['data_quality', 'definition', 'access', 'policy_exception', 'duplicate_review', 'other'];
const priorities: TicketPriority[] = ['P1', 'P2', 'P3', 'P4'];
const boardColumns: TicketStatus[] = ['open', 'triaged', 'in_progress', 'blocked'];
const SAVED_VIEWS_KEY = 'steward.issues.savedViews';

interface SavedView {
  name: string;
  query: string;
}

function readSavedViews(): SavedView[] {
  try {
    const stored = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? '[]') as unknown;
    return Array.isArray(stored)
      ? (stored as SavedView[]).filter((view) => view?.name && typeof view.query === 'string')
      : [];
  } catch {
    return [];
  }
}

/** The URL is the filter: a view is a link, and a saved view is a saved query string. */
function useIssueFilters() {
  const [params, setParams] = useSearchParams();
  const viewer = useViewer();
  const state = params.get('state') ?? 'active';
  const assignee = params.get('assignee') ?? '';
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  const filter: TicketFilter = {
    active: state === 'active' ? true : null,
    statuses: state === 'done' ? ['resolved', 'closed', 'wont_fix', 'duplicate'] : null,
    priorities: list('priority') as TicketPriority[],
    kinds: list('kind') as TicketKind[],
    assigneeId: assignee === 'me' ? (viewer.person?.id ?? null) : null,
    unassigned: assignee === 'none' ? true : null,
    reporterId: params.get('reporter') === 'me' ? (viewer.person?.id ?? null) : null,
    overdue: params.get('overdue') === '1' ? true : null,
    search: params.get('q') || null,
  };
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return {
    params,
    setParams,
    state,
    assignee,
    list,
    filter,
    set,
    view: params.get('view') === 'board' ? 'board' : 'list',
  };
}

/** Every issue, filtered by the URL; a list with bulk assignment, or a board by status. */
export function IssuesPage() {
  const { t } = useTranslation(['issues', 'common']);
  const navigate = useNavigate();
  const canReport = useCan('issues:report');
  const canTriage = useCan('issues:triage');
  const filters = useIssueFilters();
  const [cursors, setCursors] = useState<string[]>([]);
  const [reporting, setReporting] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [savedViews, setSavedViews] = useState<SavedView[]>(readSavedViews);
  const [saving, setSaving] = useState(false);
  const after = cursors[cursors.length - 1] ?? null;
  // A new filter is a new list: the page and the selection start over.
  const filterKey = filters.params.toString();
  useEffect(() => {
    void filterKey;
    setSelected([]);
    setCursors([]);
  }, [filterKey]);
  const board = filters.view === 'board';
  const context = useMemo(() => ({ additionalTypenames: ['Ticket'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TicketsQuery,
    variables: {
      filter: board ? { ...filters.filter, active: true, statuses: null } : filters.filter,
      first: board ? 100 : PAGE_SIZE,
      after: board ? null : after,
    },
    context,
  });
  const rows: TicketRowFragment[] = data?.tickets.nodes ?? [];
  const total = data?.tickets.totalCount ?? 0;
  const unfiltered = filters.params.toString().replace(/(^|&)view=\w+/, '') === '';

  const quickViews: { key: string; label: string; query: string }[] = [
    { key: 'mine', label: t('list.views.mine'), query: 'assignee=me' },
    { key: 'triage', label: t('list.views.triage'), query: 'assignee=none' },
    { key: 'overdue', label: t('list.views.overdue'), query: 'overdue=1' },
    { key: 'open', label: t('list.views.open'), query: '' },
    { key: 'reported', label: t('list.views.reported'), query: 'reporter=me' },
  ];
  const current = new URLSearchParams(filters.params);
  current.delete('view');
  const currentQuery = current.toString();
  const applyQuery = (query: string) => {
    const next = new URLSearchParams(query);
    if (board) next.set('view', 'board');
    filters.setParams(next, { replace: true });
    setCursors([]);
    setSelected([]);
  };
  const persistViews = (views: SavedView[]) => {
    setSavedViews(views);
    localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  };

  const reportButton = canReport ? (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setReporting(true)}>
      {t('list.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={reportButton} />
      <Flex gap={8} wrap align="center" className="issue-filters" data-testid="issue-views">
        <Typography.Text type="secondary">{t('list.views.label')}</Typography.Text>
        {quickViews.map((view) => (
          <Tag.CheckableTag
            key={view.key}
            checked={currentQuery === view.query}
            onChange={() => applyQuery(view.query)}
          >
            {view.label}
          </Tag.CheckableTag>
        ))}
        {savedViews.map((view) => (
          <Tag.CheckableTag
            key={`saved-${view.name}`}
            checked={currentQuery === view.query}
            onChange={() => applyQuery(view.query)}
          >
            <Space size={4}>
              {view.name}
              <DeleteOutlined
                aria-label={t('list.views.delete', { name: view.name })}
                onClick={(event) => {
                  event.stopPropagation();
                  persistViews(savedViews.filter((item) => item.name !== view.name));
                }}
              />
            </Space>
          </Tag.CheckableTag>
        ))}
        <Button size="small" type="link" icon={<SaveOutlined aria-hidden />} onClick={() => setSaving(true)}>
          {t('list.views.save')}
        </Button>
      </Flex>
      <Flex gap={12} wrap align="center" justify="space-between" className="issue-filters">
        <Flex gap={12} wrap align="center">
          <Input.Search
            key={filters.params.get('q') ?? ''}
            allowClear
            defaultValue={filters.params.get('q') ?? ''}
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            onSearch={(value) => {
              filters.set({ q: value.trim() || null });
              setCursors([]);
            }}
            style={{ width: 280 }}
          />
          {board ? null : (
            <Segmented
              value={filters.state}
              onChange={(value) => {
                filters.set({ state: value === 'active' ? null : String(value) });
                setCursors([]);
              }}
              options={[
                { value: 'active', label: t('list.filters.active') },
                { value: 'done', label: t('list.filters.done') },
                { value: 'all', label: t('list.filters.all') },
              ]}
            />
          )}
          <Select
            mode="multiple"
            allowClear
            aria-label={t('list.filters.priority')}
            placeholder={t('list.filters.priority')}
            value={filters.list('priority')}
            onChange={(value: string[]) => filters.set({ priority: value.join(',') || null })}
            options={priorities.map((priority) => ({ value: priority, label: priority }))}
          />
          <Select
            mode="multiple"
            allowClear
            aria-label={t('list.filters.kind')}
            placeholder={t('list.filters.kind')}
            value={filters.list('kind')}
            onChange={(value: string[]) => filters.set({ kind: value.join(',') || null })}
            options={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          />
          <Select
            aria-label={t('list.filters.assignee')}
            value={filters.assignee}
            onChange={(value: string) => filters.set({ assignee: value || null })}
            options={[
              { value: '', label: `${t('list.filters.assignee')}: ${t('list.filters.anyone')}` },
              { value: 'me', label: `${t('list.filters.assignee')}: ${t('list.filters.me')}` },
              { value: 'none', label: `${t('list.filters.assignee')}: ${t('list.filters.unassigned')}` },
            ]}
          />
          <Checkbox
            checked={filters.params.get('overdue') === '1'}
            onChange={(event) => filters.set({ overdue: event.target.checked ? '1' : null })}
          >
            {t('list.filters.overdue')}
          </Checkbox>
        </Flex>
        <Segmented
          value={filters.view}
          onChange={(value) => filters.set({ view: value === 'board' ? 'board' : null })}
          options={[
            { value: 'list', label: t('list.viewList') },
            { value: 'board', label: t('list.viewBoard') },
          ]}
        />
      </Flex>
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState
            description={unfiltered ? t('list.emptyAll') : t('list.empty')}
            action={unfiltered ? reportButton : null}
          />
        </Card>
      ) : board ? (
        <IssueBoard tickets={rows} />
      ) : (
        <Card className="table-card">
          {canTriage && selected.length > 0 ? (
            <Flex gap={12} align="center" className="issue-bulk-bar" style={{ padding: '12px 16px' }}>
              <Typography.Text strong>{t('list.bulk.selected', { count: selected.length })}</Typography.Text>
              <Button onClick={() => setAssigning(true)}>{t('list.bulk.assign')}</Button>
            </Flex>
          ) : null}
          <Table<TicketRowFragment>
            rowKey="id"
            tableLayout="fixed"
            scroll={{ x: 960 }}
            dataSource={rows}
            pagination={false}
            data-testid="issue-table"
            rowSelection={
              canTriage
                ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), columnWidth: 40 }
                : undefined
            }
            onRow={(ticket) => ({ 'data-testid': 'issue-row', 'data-key': ticket.key }) as never}
            columns={[
              {
                title: t('list.columns.key'),
                key: 'key',
                width: 96,
                render: (_, ticket) => (
                  <Link to={`/issues/${ticket.key}`} className="issue-key">
                    {ticket.key}
                  </Link>
                ),
              },
              {
                title: t('list.columns.title'),
                key: 'title',
                render: (_, ticket) => (
                  <Flex vertical gap={2} className="issue-title-cell">
                    <Link to={`/issues/${ticket.key}`}>
                      <Typography.Text ellipsis={{ tooltip: ticket.title }}>{ticket.title}</Typography.Text>
                    </Link>
                    <Typography.Text type="secondary">
                      {t(`kind.${ticket.kind}`)}
                      {ticket.domain ? ` · ${ticket.domain.name}` : ''}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('list.columns.priority'),
                key: 'priority',
                width: 90,
                render: (_, ticket) => <PriorityTag priority={ticket.priority} short />,
              },
              {
                title: t('list.columns.status'),
                key: 'status',
                width: 120,
                render: (_, ticket) => <TicketStatusTag status={ticket.status} />,
              },
              {
                title: t('list.columns.assignee'),
                key: 'assignee',
                width: 180,
                render: (_, ticket) =>
                  ticket.assignee ? (
                    <Link to={`/people/${ticket.assignee.id}`}>{ticket.assignee.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('list.unassigned')}</Typography.Text>
                  ),
              },
              {
                title: t('list.columns.due'),
                key: 'due',
                width: 210,
                render: (_, ticket) => <SlaBadge sla={ticket.sla} />,
              },
            ]}
          />
          <CursorPager
            pageIndex={cursors.length}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            total={total}
            hasNextPage={data?.tickets.pageInfo.hasNextPage ?? false}
            onPrevious={() => setCursors((list) => list.slice(0, -1))}
            onNext={() => {
              const end = data?.tickets.pageInfo.endCursor;
              if (end) setCursors((list) => [...list, end]);
            }}
          />
        </Card>
      )}
      <TicketFormModal
        open={reporting}
        onClose={() => setReporting(false)}
        onCreated={(ticket) => {
          setReporting(false);
          void navigate(`/issues/${ticket.key}`);
        }}
      />
      <BulkAssignModal
        tickets={assigning ? rows.filter((row) => selected.includes(row.id)) : []}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          setSelected([]);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      <SaveViewModal
        open={saving}
        onClose={() => setSaving(false)}
        onSave={(name) => {
          persistViews([...savedViews.filter((view) => view.name !== name), { name, query: currentQuery }]);
          setSaving(false);
        }}
      />
    </>
  );
}

/** Open work by status, most urgent first in each column. */
function IssueBoard({ tickets }: { tickets: TicketRowFragment[] }) {
  const { t } = useTranslation('issues');
  return (
    <div className="issue-board" data-testid="issue-board">
      {boardColumns.map((status) => {
        const column = tickets.filter((ticket) => ticket.status === status);
        return (
          <Card
            key={status}
            size="small"
            className="issue-board-column"
            title={
              <Flex justify="space-between">
                <span>{t(`status.${status}`)}</span>
                <Typography.Text type="secondary">{column.length}</Typography.Text>
              </Flex>
            }
          >
            {column.length === 0 ? (
              <Typography.Text type="secondary">{t('board.empty')}</Typography.Text>
            ) : (
              column.map((ticket) => (
                <Card key={ticket.id} size="small" className="issue-board-card">
                  <Flex vertical gap={6}>
                    <Flex justify="space-between" align="center" gap={8}>
                      <Link to={`/issues/${ticket.key}`} className="issue-key">
                        {ticket.key}
                      </Link>
                      <PriorityTag priority={ticket.priority} short />
                    </Flex>
                    <Link to={`/issues/${ticket.key}`}>{ticket.title}</Link>
                    <Typography.Text type="secondary">{ticket.assignee?.name ?? t('list.unassigned')}</Typography.Text>
                    <div>
                      <SlaBadge sla={ticket.sla} />
                    </div>
                  </Flex>
                </Card>
              ))
            )}
          </Card>
        );
      })}
    </div>
  );
}

/** Assigns the selected issues to one person, one assignment each (each checks its own version). */
function BulkAssignModal({
  tickets,
  onClose,
  onDone,
}: {
  tickets: TicketRowFragment[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['issues', 'common']);
  const { message } = App.useApp();
  const client = useClient();
  const [personId, setPersonId] = useState<string | undefined>();
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = tickets.length > 0;

  const assign = async () => {
    if (!personId) return;
    setBusy(true);
    let done = 0;
    const problems: string[] = [];
    for (const ticket of tickets) {
      const outcome = await client
        .mutation(AssignTicketMutation, { input: { id: ticket.id, version: ticket.version, assigneeId: personId } })
        .toPromise();
      const payload = outcome.data?.assignTicket;
      if (payload?.__typename === 'AssignTicketSuccess') done += 1;
      else
        problems.push(
          `${ticket.key}: ${payload && 'message' in payload ? payload.message : t('common:errors.unexpected')}`,
        );
    }
    setBusy(false);
    if (problems.length === 0) void message.success(t('list.bulk.done', { count: done, name: person?.name ?? '' }));
    else void message.warning(t('list.bulk.partial', { done, failed: problems.length, reason: problems.join('; ') }));
    setPersonId(undefined);
    onDone();
  };

  return (
    <Modal
      open={open}
      title={t('list.bulk.assignTitle', { count: tickets.length })}
      okText={t('list.bulk.assign')}
      okButtonProps={{ disabled: !personId }}
      confirmLoading={busy}
      onOk={() => void assign()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('list.bulk.assignTo')}>
          <PersonPicker value={personId} onChange={setPersonId} onPick={(picked) => setPerson(picked)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SaveViewModal({
  open,
  onClose,
  onSave,
}: {
  open: boolean;
  onClose: () => void;
  onSave: (name: string) => void;
}) {
  const { t } = useTranslation(['issues', 'common']);
  const [form] = Form.useForm<{ name: string }>();
  return (
    <Modal
      open={open}
      title={t('list.views.saveTitle')}
      okText={t('common:actions.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ name }) => onSave(name.trim())}>
        <Form.Item name="name" label={t('list.views.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input placeholder={t('list.views.namePlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
