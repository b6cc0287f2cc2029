import { CheckCircleOutlined, ExclamationCircleOutlined, LockOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { RetentionRegisterQuery as RetentionRegisterData } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import { Nothing, PolicyLink, RegisterPane, TableLink } from './register-parts';
import { RetentionRegisterQuery } from './registers.graphql';

type Schedule = RetentionRegisterData['retentionSchedules'][number];
type ScheduledTable = Schedule['tables'][number];
/** One line of the register: one table under one schedule. */
interface Row {
  key: string;
  schedule: Schedule;
  table: ScheduledTable;
}

/** Where a table stands against its schedule: held, past it, within it, or not evaluated yet. */
function RetentionStatus({ schedule, table }: Omit<Row, 'key'>) {
  const { t } = useTranslation('policies');
  const held = table.heldFor.length > 0;
  return (
    <Flex gap={4} wrap data-testid="retention-status">
      {held ? (
        <Tooltip title={t('registers.retention.heldHelp')}>
          <Tag
            color="volcano"
            icon={<LockOutlined aria-hidden />}
            className="policy-tag register-wrap-tag"
            data-status="held"
          >
            {t('registers.retention.held', { matters: table.heldFor.join(', ') })}
          </Tag>
        </Tooltip>
      ) : null}
      {!schedule.evaluated ? (
        <Tag icon={<MinusCircleOutlined aria-hidden />} className="policy-tag" data-status="not_evaluated">
          {t('registers.retention.notEvaluated')}
        </Tag>
      ) : table.pastSchedule ? (
        <Tooltip title={t('registers.retention.pastScheduleHelp')}>
          <Tag
            color="warning"
            icon={<ExclamationCircleOutlined aria-hidden />}
            className="policy-tag"
            data-status="past_schedule"
          >
            {t('registers.retention.pastSchedule')}
          </Tag>
        </Tooltip>
      ) : held ? null : (
        <Tag color="success" icon={<CheckCircleOutlined aria-hidden />} className="policy-tag" data-status="within">
          {t('registers.retention.within')}
        </Tag>
      )}
    </Flex>
  );
}

/**
 * The retention schedule (deliverable D13.1): one line per table per approved policy's active
 * retention control: how long its rows are kept, why, and whether it is past that or held.
 */
export function RetentionRegister() {
  const { t, i18n } = useTranslation('policies');
  const [{ data, error, fetching }, refetch] = useQuery({ query: RetentionRegisterQuery });
  const rows: Row[] = (data?.retentionSchedules ?? []).flatMap((schedule) =>
    schedule.tables.map((table) => ({ key: `${schedule.controlId}:${table.table.id}`, schedule, table })),
  );
  const past = rows.filter((row) => row.schedule.evaluated && row.table.pastSchedule).length;
  const held = rows.filter((row) => row.table.heldFor.length > 0).length;

  const columns: ColumnsType<Row> = [
    {
      key: 'table',
      title: t('registers.table'),
      width: 170,
      render: (_value, { table }) => <TableLink table={table.table} />,
    },
    {
      key: 'class',
      title: t('registers.retention.class'),
      width: 180,
      render: (_value, { schedule }) => (
        <Flex vertical gap={0}>
          <Typography.Text strong data-testid="retention-register-class">
            {t(schedule.action === 'delete' ? 'registers.retention.classDelete' : 'registers.retention.classArchive', {
              count: schedule.keepDays,
            })}
          </Typography.Text>
          <Typography.Text type="secondary" className="policy-small">
            {schedule.controlName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'policy',
      title: t('registers.policy'),
      width: 180,
      render: (_value, { schedule }) => <PolicyLink policy={schedule.policy} />,
    },
    {
      key: 'basis',
      title: t('registers.retention.basis'),
      render: (_value, { schedule }) =>
        schedule.driver ?? <Typography.Text type="secondary">{t('registers.retention.noBasis')}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('registers.status'),
      width: 190,
      render: (_value, { schedule, table }) => <RetentionStatus schedule={schedule} table={table} />,
    },
    {
      key: 'task',
      title: t('registers.retention.task'),
      width: 110,
      render: (_value, { schedule, table }) =>
        schedule.openTicketKey && table.pastSchedule ? (
          <Link to={`/issues/${schedule.openTicketKey}`} data-testid="retention-register-task">
            {schedule.openTicketKey}
          </Link>
        ) : (
          <Nothing />
        ),
    },
    {
      key: 'exception',
      title: t('registers.retention.exceptionUntil'),
      width: 120,
      render: (_value, { schedule }) =>
        schedule.exceptionUntil ? (
          <span data-testid="retention-register-exception">{formatDay(schedule.exceptionUntil, i18n.language)}</span>
        ) : (
          <Nothing />
        ),
    },
  ];

  return (
    <RegisterPane
      name={t('registers.retention.name')}
      intro={t('registers.retention.intro')}
      extra={t('registers.retention.counts', { count: rows.length, past, held })}
      testId="retention-register"
      loading={fetching && !data}
      failed={Boolean(error && !data)}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      empty={
        rows.length === 0
          ? { title: t('registers.retention.emptyTitle'), description: t('registers.retention.empty') }
          : null
      }
    >
      <Table<Row>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, hideOnSinglePage: true } : false}
        onRow={(row) =>
          ({
            'data-testid': 'retention-register-row',
            'data-table': row.table.table.label,
            'data-past-schedule': row.table.pastSchedule,
          }) as never
        }
        scroll={{ x: 1100 }}
      />
    </RegisterPane>
  );
}
