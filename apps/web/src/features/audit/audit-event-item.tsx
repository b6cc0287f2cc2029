import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEventData, describeAuditEvent } from './audit-describe';
import { AuditValueText } from './audit-value';

/** The record an event is about ("Steve Panic · Data owner · Customer"). */
export function AuditSubject({ event }: { event: AuditEventData }) {
  const { subject } = describeAuditEvent(event);
  if (subject.length === 0) return null;
  return (
    <span className="audit-subject">
      {subject.map((value, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one subject never reorder.
        <Fragment key={index}>
          {index > 0 ? <span className="audit-separator"> · </span> : null}
          <AuditValueText value={value} />
        </Fragment>
      ))}
    </span>
  );
}

/** The fields an event changed, one line each: "RACI: A (Accountable) → R (Responsible)". */
export function AuditChanges({ event }: { event: AuditEventData }) {
  const { t } = useTranslation('audit');
  const { changes } = describeAuditEvent(event);
  if (changes.length === 0) return null;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <Typography.Text type="secondary">{t(`field.${change.field}`)}: </Typography.Text>
          {change.from ? <AuditValueText value={change.from} /> : null}
          {change.from && change.to ? <ArrowRightOutlined className="audit-arrow" aria-label="→" /> : null}
          {change.to ? <AuditValueText value={change.to} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** When, by whom, what: one line of a history card. */
export function AuditEventItem({ event }: { event: AuditEventData }) {
  const { t, i18n } = useTranslation('audit');
  const { action } = describeAuditEvent(event);
  const at = new Date(event.at);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <Flex vertical gap={2} className="audit-item" data-testid="audit-event">
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{t(`action.${action}`, { action: event.action })}</Typography.Text>
        <AuditSubject event={event} />
      </Flex>
      <AuditChanges event={event} />
      <Typography.Text type="secondary" className="audit-meta">
        <Tooltip title={at.toISOString()}>
          <time dateTime={event.at}>{when}</time>
        </Tooltip>
        {' · '}
        {event.actorLabel}
      </Typography.Text>
    </Flex>
  );
}
