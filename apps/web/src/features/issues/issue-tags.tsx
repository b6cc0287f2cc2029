import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { relativeTime } from '../../components/when';
import type { SlaState, TicketKind, TicketPriority, TicketStatus } from '../../gql/graphql';

const statusColors: Record<TicketStatus, string> = {
  open: 'blue',
  triaged: 'geekblue',
  in_progress: 'cyan',
  blocked: 'orange',
  resolved: 'green',
  closed: 'default',
  wont_fix: 'default',
  duplicate: 'default',
};

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('issues');
  return (
    <Tag color={statusColors[status]} data-testid="ticket-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

const priorityColors: Record<TicketPriority, string> = { P1: 'red', P2: 'volcano', P3: 'gold', P4: 'default' };

export function PriorityTag({ priority, short }: { priority: TicketPriority; short?: boolean }) {
  const { t } = useTranslation('issues');
  return (
    <Tooltip title={short ? t(`priority.${priority}`) : undefined}>
      <Tag color={priorityColors[priority]} className="priority-tag">
        {short ? priority : t(`priority.${priority}`)}
      </Tag>
    </Tooltip>
  );
}

export function TicketKindTag({ kind }: { kind: TicketKind }) {
  const { t } = useTranslation('issues');
  return <Tag>{t(`kind.${kind}`)}</Tag>;
}

const slaColors: Record<SlaState, string> = {
  on_track: 'default',
  at_risk: 'warning',
  breached: 'error',
  met: 'success',
  missed: 'error',
};

/** Minutes of SLA time as "3 h 20 min" or "2 d 4 h" (working days are 8 hours on a business clock). */
export function slaDuration(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours < 48) return whole % 60 ? `${hours} h ${whole % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24 ? `${hours % 24} h` : ''}`.trim();
}

interface SlaReading {
  stage: 'triage' | 'resolve';
  dueAt: string;
  state: SlaState;
  minutesLeft?: number | null;
}

/** Where an issue stands against its SLA: "Resolve due in 2 days", red when overdue. */
export function SlaBadge({ sla }: { sla: SlaReading }) {
  const { t, i18n } = useTranslation('issues');
  const exact = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(sla.dueAt),
  );
  const finished = sla.state === 'met' || sla.state === 'missed';
  const label = finished
    ? t(`sla.${sla.state}`)
    : t(sla.stage === 'triage' ? 'sla.triageDue' : 'sla.resolveDue', { when: relativeTime(sla.dueAt, i18n.language) });
  return (
    <Tooltip title={`${t(`sla.${sla.state}`)} · ${exact}`}>
      <Tag color={slaColors[sla.state]} icon={<ClockCircleOutlined aria-hidden />} data-testid="sla-badge">
        {label}
      </Tag>
    </Tooltip>
  );
}
