import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Popconfirm, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { PersonAvatar } from '../../components/person-avatar';
import { PersonPicker } from '../../components/person-picker';
import { When } from '../../components/when';
import { InviteRespondentsMutation, RemoveRespondentMutation } from './maturity.graphql';
import { type AssessmentDetail, SideTag } from './maturity-shared';

type Respondent = AssessmentDetail['results']['respondents'][number];
const sides = ['business', 'it'] as const;

/** Who answers the assessment, from which side, and how far they are; the lead invites and removes. */
export function AssessmentRespondentsCard({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation(['maturity', 'common']);
  const [form] = Form.useForm<{ personId?: string; side: string }>();
  const handle = useResultHandler();
  const [{ fetching: inviting }, invite] = useMutation(InviteRespondentsMutation);
  const [, remove] = useMutation(RemoveRespondentMutation);
  const [removing, setRemoving] = useState<string | null>(null);
  const respondents = assessment.results.respondents;
  const canManage = assessment.abilities.manage;
  const open = assessment.status === 'open';
  const total = assessment.questions.length;
  const missing = sides.filter((side) => !respondents.some((respondent) => respondent.side === side));

  const onInvite = async (values: { personId?: string; side: string }) => {
    if (!values.personId) return;
    const outcome = await invite({
      assessmentId: assessment.id,
      respondents: [{ personId: values.personId, side: values.side }],
    });
    const done = handle(
      { payload: outcome.data?.inviteRespondents, error: outcome.error },
      {
        form,
        fieldNames: { 'respondents.0.personId': 'personId', 'respondents.0.side': 'side' },
        successMessage: t('respondents.invited'),
      },
    );
    if (done) form.setFieldsValue({ personId: undefined });
  };

  const onRemove = async (respondent: Respondent) => {
    setRemoving(respondent.person.id);
    const outcome = await remove({ assessmentId: assessment.id, personId: respondent.person.id });
    setRemoving(null);
    handle(
      { payload: outcome.data?.removeRespondent, error: outcome.error },
      { successMessage: t('respondents.removed', { name: respondent.person.name }) },
    );
  };

  const columns = [
    {
      key: 'person',
      title: t('respondents.columns.person'),
      render: (row: Respondent) => (
        <Flex gap={8} align="center">
          <PersonAvatar name={row.person.name} size="small" />
          <Link to={`/people/${row.person.id}`}>{row.person.name}</Link>
        </Flex>
      ),
    },
    { key: 'side', title: t('respondents.columns.side'), render: (row: Respondent) => <SideTag side={row.side} /> },
    {
      key: 'answered',
      title: t('respondents.columns.answered'),
      render: (row: Respondent) => t('respondents.answered', { answered: row.answered, total }),
    },
    {
      key: 'submitted',
      title: t('respondents.columns.submitted'),
      render: (row: Respondent) =>
        row.submittedAt ? (
          <When at={row.submittedAt} />
        ) : (
          <Typography.Text type="secondary">{t('respondents.notSubmitted')}</Typography.Text>
        ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: <span className="sr-only">{t('respondents.columns.actions')}</span>,
            align: 'right' as const,
            render: (row: Respondent) => (
              <Popconfirm
                title={t('respondents.removeTitle', { name: row.person.name })}
                description={row.answered > 0 ? t('respondents.removeBody') : undefined}
                okText={t('common:actions.remove')}
                okButtonProps={{ danger: true }}
                cancelText={t('common:actions.cancel')}
                onConfirm={() => onRemove(row)}
              >
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  loading={removing === row.person.id}
                  aria-label={t('respondents.remove', { name: row.person.name })}
                />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('respondents.title')} className="maturity-card">
      {open && missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="maturity-side-warning"
          title={
            missing.length === 2
              ? t('respondents.missingBoth')
              : t('respondents.missingSide', { side: t(`sides.${missing[0]!}`) })
          }
          description={t('respondents.missingHelp')}
        />
      ) : null}
      {canManage ? (
        <Form
          form={form}
          layout="inline"
          initialValues={{ side: 'business' }}
          onFinish={onInvite}
          className="maturity-invite-form"
          data-testid="invite-respondent-form"
        >
          <Form.Item
            name="personId"
            label={t('respondents.person')}
            rules={[{ required: true, message: t('respondents.personRequired') }]}
            style={{ minWidth: 320 }}
          >
            <PersonPicker excludeIds={respondents.map((respondent) => respondent.person.id)} />
          </Form.Item>
          <Form.Item name="side" label={t('respondents.side')}>
            <Segmented options={sides.map((side) => ({ value: side, label: t(`sides.${side}`) }))} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={inviting} icon={<UserAddOutlined aria-hidden />}>
              {t('respondents.invite')}
            </Button>
          </Form.Item>
        </Form>
      ) : null}
      {respondents.length === 0 ? (
        <EmptyState
          title={t('respondents.emptyTitle')}
          description={canManage ? t('respondents.emptyManager') : t('respondents.emptyViewer')}
        />
      ) : (
        <Table<Respondent>
          rowKey={(row) => row.person.id}
          columns={columns}
          dataSource={respondents}
          pagination={false}
          size="middle"
          data-testid="respondents-table"
        />
      )}
    </Card>
  );
}
