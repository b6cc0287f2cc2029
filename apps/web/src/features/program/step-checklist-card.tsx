import { BorderOutlined, CheckSquareFilled, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { When } from '../../components/when';
import type { ProgramStepQuery } from '../../gql/graphql';
import { ProvenanceTag } from './program-shared';
import type { useStepUpdate } from './use-step-update';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;

interface StepChecklistCardProps {
  step: Step;
  editable: boolean;
  update: ReturnType<typeof useStepUpdate>;
}

/** A checklist item as a reader sees it: a mark and the text, not a greyed-out control. */
function ReadOnlyItem({ done, children }: { done: boolean; children: ReactNode }) {
  const { t } = useTranslation('program');
  return (
    <span className="checklist-readonly">
      {done ? (
        <CheckSquareFilled className="checklist-mark checklist-mark-done" aria-label={t('checklist.ticked')} />
      ) : (
        <BorderOutlined className="checklist-mark" aria-hidden />
      )}
      <span>{children}</span>
    </span>
  );
}

/** The catalogue's checklist (ticked one by one) and the program's own items (added and removed). */
export function StepChecklistCard({ step, editable, update }: StepChecklistCardProps) {
  const { t } = useTranslation('program');
  const [text, setText] = useState('');
  const ticked = new Map(step.ticked.map((tick) => [tick.key, tick]));
  const own = step.customChecklist.map(({ key, text: itemText, done }) => ({ key, text: itemText, done }));
  const total = step.step.checklist.length + own.length;
  const done =
    step.step.checklist.filter((item) => item.key && ticked.has(item.key)).length +
    own.filter((item) => item.done).length;

  const addItem = async () => {
    const itemText = text.trim();
    if (!itemText) return;
    const key = `own-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    if (await update.save({ customChecklist: [...own, { key, text: itemText, done: false }] })) setText('');
  };

  return (
    <Card
      title={t('checklist.title')}
      extra={total ? <Typography.Text type="secondary">{t('checklist.count', { done, total })}</Typography.Text> : null}
      className="stacked-card"
      data-testid="step-checklist"
    >
      {step.step.checklist.length === 0 && own.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('checklist.none')}</Typography.Paragraph>
      ) : null}
      <ul className="checklist">
        {step.step.checklist.map((item) => {
          const key = item.key ?? item.text;
          const tick = item.key ? ticked.get(item.key) : undefined;
          const label = (
            <>
              <span className={tick ? 'checklist-text checklist-done' : 'checklist-text'}>{item.text}</span>
              {tick ? (
                <Typography.Text type="secondary" className="checklist-by">
                  {tick.by ? t('checklist.tickedBy', { name: tick.by.name }) : t('checklist.ticked')}{' '}
                  <When at={tick.at} />
                </Typography.Text>
              ) : null}
            </>
          );
          return (
            <li key={key} className="checklist-item">
              {editable ? (
                <Checkbox
                  checked={Boolean(tick)}
                  disabled={update.saving || !item.key}
                  onChange={(event) => update.save({ tick: [{ key: item.key!, done: event.target.checked }] })}
                >
                  {label}
                </Checkbox>
              ) : (
                <ReadOnlyItem done={Boolean(tick)}>{label}</ReadOnlyItem>
              )}
              <ProvenanceTag provenance={item.provenance} />
            </li>
          );
        })}
        {own.map((item) => (
          <li key={item.key} className="checklist-item checklist-own">
            {editable ? (
              <Checkbox
                checked={item.done}
                disabled={update.saving}
                onChange={(event) =>
                  update.save({
                    customChecklist: own.map((other) =>
                      other.key === item.key ? { ...other, done: event.target.checked } : other,
                    ),
                  })
                }
              >
                <span className={item.done ? 'checklist-text checklist-done' : 'checklist-text'}>{item.text}</span>
              </Checkbox>
            ) : (
              <ReadOnlyItem done={item.done}>{item.text}</ReadOnlyItem>
            )}
            <Flex gap={8} align="center" className="checklist-meta">
              <Typography.Text type="secondary" className="checklist-by">
                {t('checklist.ownItem')}
              </Typography.Text>
              {editable ? (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('checklist.remove', { text: item.text })}
                  disabled={update.saving}
                  onClick={() => update.save({ customChecklist: own.filter((other) => other.key !== item.key) })}
                />
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
      {editable ? (
        <Flex gap={8} className="checklist-add">
          <Input
            value={text}
            onChange={(event) => setText(event.target.value)}
            onPressEnter={addItem}
            placeholder={t('checklist.addPlaceholder')}
            aria-label={t('checklist.addLabel')}
            maxLength={500}
          />
          <Button icon={<PlusOutlined aria-hidden />} onClick={addItem} disabled={!text.trim()} loading={update.saving}>
            {t('checklist.add')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
