import { Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PeopleSelect } from '../../components/people-select';
import type { ProgramStepQuery } from '../../gql/graphql';
import { formatDay } from './program-shared';
import type { useStepUpdate } from './use-step-update';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;

interface Values {
  ownerPersonId?: string | null;
  dueOn?: string;
  notes?: string;
}

interface StepWorkCardProps {
  step: Step;
  editable: boolean;
  update: ReturnType<typeof useStepUpdate>;
}

/** Who works the step, by when, and the team's notes on it. */
export function StepWorkCard({ step, editable, update }: StepWorkCardProps) {
  const { t, i18n } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<Values>();
  const dirty = Form.useWatch([], form);
  const initial: Values = {
    ownerPersonId: step.owner?.id ?? null,
    dueOn: step.dueOn ?? '',
    notes: step.notes ?? '',
  };
  const changed =
    dirty !== undefined &&
    ((dirty.ownerPersonId ?? null) !== initial.ownerPersonId ||
      (dirty.dueOn ?? '') !== initial.dueOn ||
      (dirty.notes ?? '') !== initial.notes);

  if (!editable) {
    return (
      <Card title={t('work.title')} className="stacked-card">
        <Descriptions column={1} size="small" colon={false} className="program-facts">
          <Descriptions.Item label={t('work.owner')}>
            {step.owner ? (
              <Link to={`/people/${step.owner.id}`}>{step.owner.name}</Link>
            ) : (
              <Typography.Text type="secondary">{t('work.noOwner')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('work.dueOn')}>
            {step.dueOn ? (
              formatDay(step.dueOn, i18n.language)
            ) : (
              <Typography.Text type="secondary">{t('work.noDue')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('work.notes')}>
            {step.notes ? (
              <span className="step-notes">{step.notes}</span>
            ) : (
              <Typography.Text type="secondary">{t('work.noNotes')}</Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }

  const onFinish = async (values: Values) => {
    await update.save(
      {
        ownerPersonId: values.ownerPersonId ?? null,
        dueOn: values.dueOn || null,
        notes: values.notes?.trim() || null,
      },
      { form, successMessage: t('work.saved') },
    );
  };

  return (
    <Card title={t('work.title')} className="stacked-card" data-testid="step-work">
      <Form form={form} layout="vertical" initialValues={initial} onFinish={onFinish} requiredMark={false}>
        <Form.Item name="ownerPersonId" label={t('work.owner')}>
          <PeopleSelect known={step.owner ? [step.owner] : []} placeholder={t('work.ownerPlaceholder')} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('work.dueOn')}>
          <Input type="date" style={{ maxWidth: 220 }} />
        </Form.Item>
        <Form.Item name="notes" label={t('work.notes')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={20_000}
            placeholder={t('work.notesPlaceholder')}
          />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={update.saving} disabled={!changed}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
