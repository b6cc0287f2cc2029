import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import type { CouncilQuery } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import { DeleteDecisionMutation } from './councils.graphql';
import { DecisionFormModal } from './decision-form-modal';
import { DecisionItem } from './decision-item';

export type CouncilDetail = NonNullable<CouncilQuery['council']>;
export type Decision = CouncilDetail['decisions'][number];

interface Meeting {
  decidedOn: string;
  decisions: Decision[];
}

/** The log (newest first) as meetings: one per date, the newest decision first. */
function meetingsOf(decisions: readonly Decision[]): Meeting[] {
  const meetings: Meeting[] = [];
  for (const decision of decisions) {
    const last = meetings.at(-1);
    if (last?.decidedOn === decision.decidedOn) last.decisions.push(decision);
    else meetings.push({ decidedOn: decision.decidedOn, decisions: [decision] });
  }
  return meetings;
}

interface DecisionLogCardProps {
  council: CouncilDetail;
  /** The viewer keeps this council's log (a steward or one of its members). */
  mayRecord: boolean;
  onReload: () => void;
}

/** A council's decision log: what it decided at each meeting, why, and which records changed. */
export function DecisionLogCard({ council, mayRecord, onReload }: DecisionLogCardProps) {
  const { t, i18n } = useTranslation(['councils', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, deleteDecision] = useMutation(DeleteDecisionMutation);
  const [editing, setEditing] = useState<Decision | 'new' | null>(null);
  const meetings = meetingsOf(council.decisions);

  const confirmDelete = (decision: Decision) =>
    modal.confirm({
      title: t('log.deleteTitle'),
      content: t('log.deleteBody', { title: decision.title }),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await deleteDecision({ input: { id: decision.id, version: decision.version } });
        const done = handle(
          { payload: outcome.data?.deleteDecision, error: outcome.error },
          { onReload, successMessage: t('log.deleted') },
        );
        // The answer is only an id: nothing in the cache says the council's log changed.
        if (done) onReload();
      },
    });

  const recordButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('log.record')}
    </Button>
  );

  return (
    <Card
      title={t('log.title')}
      extra={mayRecord && meetings.length ? recordButton : null}
      className="stacked-card"
      data-testid="decision-log"
    >
      <Typography.Paragraph type="secondary">{t('log.hint')}</Typography.Paragraph>
      {meetings.length === 0 ? (
        <EmptyState
          title={t('log.emptyTitle')}
          description={mayRecord ? t('log.empty') : `${t('log.empty')} ${t('log.emptyReader')}`}
          action={mayRecord ? recordButton : null}
        />
      ) : (
        <Timeline
          className="decision-log"
          items={meetings.map((meeting) => ({
            key: meeting.decidedOn,
            content: (
              <section aria-label={t('log.decidedOn', { date: formatDay(meeting.decidedOn, i18n.language) })}>
                <div className="decision-meeting-date">
                  <Typography.Text strong>
                    <time dateTime={meeting.decidedOn}>
                      {t('log.decidedOn', { date: formatDay(meeting.decidedOn, i18n.language) })}
                    </time>
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('log.meetingCount', { count: meeting.decisions.length })}
                  </Typography.Text>
                </div>
                {meeting.decisions.map((decision) => (
                  <DecisionItem
                    key={decision.id}
                    decision={decision}
                    onEdit={mayRecord ? () => setEditing(decision) : undefined}
                    onDelete={mayRecord ? () => confirmDelete(decision) : undefined}
                  />
                ))}
              </section>
            ),
          }))}
        />
      )}
      {mayRecord ? (
        <DecisionFormModal
          open={editing !== null}
          council={council}
          decision={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onReload={onReload}
        />
      ) : null}
    </Card>
  );
}
