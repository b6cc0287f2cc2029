import { Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/markdown/markdown';
import { When } from '../../components/when';
import type { TicketEventFieldsFragment } from '../../gql/graphql';

const colors: Partial<Record<TicketEventFieldsFragment['kind'], string>> = {
  created: 'blue',
  transition: 'green',
  sla_breach: 'red',
  escalation: 'red',
  comment: 'gray',
};

/** One ticket's story: who did what when, comments in full. */
export function TicketTimeline({ events }: { events: TicketEventFieldsFragment[] }) {
  const { t, i18n } = useTranslation(['issues', 'enums']);
  const names = (people: { name: string }[]) => people.map((person) => person.name).join(', ');
  const describe = (event: TicketEventFieldsFragment): ReactNode => {
    switch (event.kind) {
      case 'created':
        return event.assignee ? t('event.createdAssigned', { name: event.assignee.name }) : t('event.created');
      case 'transition':
        return t('event.transition', {
          from: event.fromStatus ? t(`status.${event.fromStatus}`) : '',
          to: event.toStatus ? t(`status.${event.toStatus}`) : '',
        });
      case 'assignment':
        return event.assignee ? t('event.assignment', { name: event.assignee.name }) : t('event.unassignment');
      case 'priority':
        return t('event.priority', { from: event.fromPriority, to: event.toPriority });
      case 'sla_breach':
        return t('event.sla_breach', {
          stage: event.stage ? t(`sla.stage.${event.stage}`) : '',
          due: event.dueAt
            ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date(event.dueAt),
              )
            : '',
        });
      case 'escalation':
        return t('event.escalation', {
          names: names(event.people),
          stage: event.stage ? t(`sla.stage.${event.stage}`) : '',
        });
      case 'comment':
        return event.people.length > 0
          ? `${t('event.comment')} · ${t('event.mentioned', { names: names(event.people) })}`
          : t('event.comment');
      default:
        return t(`event.${event.kind}`);
    }
  };
  const systemEvent = (event: TicketEventFieldsFragment) => event.kind === 'sla_breach' || event.kind === 'escalation';

  return (
    <Timeline
      className="ticket-timeline"
      data-testid="ticket-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: colors[event.kind] ?? 'gray',
        children: (
          <div data-testid="ticket-event" data-kind={event.kind}>
            <Flex gap={6} wrap align="baseline">
              {systemEvent(event) ? null : (
                <Typography.Text strong>{event.actor?.name ?? event.actorLabel}</Typography.Text>
              )}
              <Typography.Text>{describe(event)}</Typography.Text>
              <Typography.Text type="secondary">
                · <When at={event.at} />
              </Typography.Text>
            </Flex>
            {event.rootCause ? (
              <Typography.Text type="secondary">
                {t('ticket.rootCause')}: {event.rootCause.label}
              </Typography.Text>
            ) : null}
            {event.resolution ? (
              <div className="ticket-event-body">
                <Markdown source={event.resolution} />
              </div>
            ) : null}
            {event.body ? (
              <div className="ticket-event-body">
                <Markdown source={event.body} />
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
