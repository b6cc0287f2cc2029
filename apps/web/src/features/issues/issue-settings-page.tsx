import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Result,
  Row,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { IssueSettingsQuery as SettingsData, SlaClock, TicketPriority } from '../../gql/graphql';
import { PriorityTag } from './issue-tags';
import {
  CreateRootCauseMutation,
  IssueSettingsQuery,
  UpdateRootCauseMutation,
  UpdateSlaPolicyMutation,
} from './issues.graphql';
import './issues.css';

type RootCauseRow = SettingsData['rootCauses'][number];

interface PolicyValues {
  targets: { priority: TicketPriority; triageHours: number; resolveHours: number; clock: SlaClock }[];
  timeZone: string;
  workdays: number[];
  dayStart: string;
  dayEnd: string;
  holidays: string;
}

/** The SLA policy, the working week and the root-cause taxonomy (stewards and admins). */
export function IssueSettingsPage() {
  const { t } = useTranslation(['issues', 'common']);
  const canConfigure = useCan('issues:configure');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [{ data, error, fetching }, refetch] = useQuery({ query: IssueSettingsQuery, pause: !canConfigure });
  const [{ fetching: saving }, savePolicy] = useMutation(UpdateSlaPolicyMutation);
  const [, updateCause] = useMutation(UpdateRootCauseMutation);
  const [form] = Form.useForm<PolicyValues>();
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const policy = data?.slaPolicy;

  useEffect(() => {
    if (!policy) return;
    form.setFieldsValue({
      targets: policy.targets.map((target) => ({
        priority: target.priority,
        triageHours: target.triageMinutes / 60,
        resolveHours: target.resolveMinutes / 60,
        clock: target.clock,
      })),
      ...policy.calendar,
      holidays: policy.calendar.holidays.join('\n'),
    });
  }, [policy, form]);

  if (!canConfigure) return <Result status="403" title={t('common:errors.forbidden')} />;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;

  const onSave = async (values: PolicyValues) => {
    const outcome = await savePolicy({
      input: {
        targets: values.targets.map((target) => ({
          priority: target.priority,
          triageMinutes: Math.round(target.triageHours * 60),
          resolveMinutes: Math.round(target.resolveHours * 60),
          clock: target.clock,
        })),
        calendar: {
          timeZone: values.timeZone.trim(),
          workdays: values.workdays,
          dayStart: values.dayStart.trim(),
          dayEnd: values.dayEnd.trim(),
          holidays: values.holidays
            .split(/\s+/)
            .map((day) => day.trim())
            .filter(Boolean),
        },
      },
    });
    const saved = handle(
      { payload: outcome.data?.updateSlaPolicy, error: outcome.error },
      {
        form,
        fieldNames: {
          'calendar.timeZone': 'timeZone',
          'calendar.workdays': 'workdays',
          'calendar.dayStart': 'dayStart',
          'calendar.dayEnd': 'dayEnd',
          'calendar.holidays': 'holidays',
        },
      },
    );
    if (saved) {
      void message.success(t('settings.saved'));
      reload();
    }
  };

  const toggleCause = async (cause: RootCauseRow) => {
    const outcome = await updateCause({ input: { id: cause.id, version: cause.version, active: !cause.active } });
    if (handle({ payload: outcome.data?.updateRootCause, error: outcome.error }, { onReload: reload })) reload();
  };

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('settings.sla')}>
            <Typography.Paragraph type="secondary">{t('settings.slaHelp')}</Typography.Paragraph>
            <Form form={form} layout="vertical" onFinish={onSave} name="sla-policy" data-testid="sla-policy">
              <Form.List name="targets">
                {(fields) => (
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="key"
                    dataSource={fields}
                    columns={[
                      {
                        title: t('settings.priority'),
                        key: 'priority',
                        width: 140,
                        render: (_, field) => (
                          <PriorityTag priority={form.getFieldValue(['targets', field.name, 'priority'])} />
                        ),
                      },
                      {
                        title: `${t('settings.triage')} (${t('settings.hours')})`,
                        key: 'triage',
                        render: (_, field) => (
                          <Form.Item name={[field.name, 'triageHours']} noStyle rules={[{ required: true }]}>
                            <InputNumber min={0.25} step={0.5} style={{ width: 110 }} />
                          </Form.Item>
                        ),
                      },
                      {
                        title: `${t('settings.resolve')} (${t('settings.hours')})`,
                        key: 'resolve',
                        render: (_, field) => (
                          <Form.Item name={[field.name, 'resolveHours']} noStyle rules={[{ required: true }]}>
                            <InputNumber min={0.25} step={1} style={{ width: 110 }} />
                          </Form.Item>
                        ),
                      },
                      {
                        title: t('settings.clock'),
                        key: 'clock',
                        render: (_, field) => (
                          <Form.Item name={[field.name, 'clock']} noStyle>
                            <Select
                              style={{ width: 150 }}
                              options={(['calendar', 'business'] as const).map((clock) => ({
                                value: clock,
                                label: t(`settings.clocks.${clock}`),
                              }))}
                            />
                          </Form.Item>
                        ),
                      },
                    ]}
                  />
                )}
              </Form.List>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                {t('settings.calendar')}
              </Typography.Title>
              <div className="form-row">
                <Form.Item name="timeZone" label={t('settings.timeZone')} rules={[{ required: true }]}>
                  <Input placeholder="Europe/Berlin" />
                </Form.Item>
                <Flex gap={12}>
                  <Form.Item name="dayStart" label={t('settings.dayStart')} rules={[{ required: true }]}>
                    <Input placeholder="09:00" style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="dayEnd" label={t('settings.dayEnd')} rules={[{ required: true }]}>
                    <Input placeholder="17:00" style={{ width: 100 }} />
                  </Form.Item>
                </Flex>
              </div>
              <Form.Item name="workdays" label={t('settings.workdays')} rules={[{ required: true }]}>
                <Checkbox.Group
                  options={[1, 2, 3, 4, 5, 6, 7].map((day) => ({
                    value: day,
                    label: t(`settings.weekdays.${day}` as 'settings.weekdays.1'),
                  }))}
                />
              </Form.Item>
              <Form.Item name="holidays" label={t('settings.holidays')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder="2026-12-25" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('settings.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('settings.rootCauses')}
            extra={
              <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('settings.add')}
              </Button>
            }
          >
            <Typography.Paragraph type="secondary">{t('settings.rootCausesHelp')}</Typography.Paragraph>
            <Table<RootCauseRow>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={data?.rootCauses ?? []}
              data-testid="root-causes"
              columns={[
                {
                  title: t('settings.label'),
                  key: 'label',
                  render: (_, cause) => (
                    <Flex vertical gap={2}>
                      <Typography.Text delete={!cause.active}>{cause.label}</Typography.Text>
                      {cause.description ? (
                        <Typography.Text type="secondary">{cause.description}</Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                {
                  key: 'state',
                  width: 110,
                  render: (_, cause) => (
                    <Flex vertical gap={2} align="flex-end">
                      {cause.active ? null : <Tag>{t('settings.retired')}</Tag>}
                      <Button size="small" type="link" onClick={() => void toggleCause(cause)}>
                        {cause.active ? t('settings.retire') : t('settings.restore')}
                      </Button>
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <AddRootCauseModal
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          reload();
        }}
      />
    </>
  );
}

function AddRootCauseModal({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation(['issues', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; label: string; description?: string }>();
  const handle = useResultHandler();
  const [{ fetching }, create] = useMutation(CreateRootCauseMutation);
  const onFinish = async (values: { code: string; label: string; description?: string }) => {
    const outcome = await create({ input: { ...values, description: values.description || null } });
    if (handle({ payload: outcome.data?.createRootCause, error: outcome.error }, { form })) {
      void message.success(t('settings.added', { label: values.label }));
      form.resetFields();
      onAdded();
    }
  };
  return (
    <Modal
      open={open}
      title={t('settings.addTitle')}
      okText={t('settings.add')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} name="root-cause">
        <Form.Item name="label" label={t('settings.label')} rules={[{ required: true, whitespace: true }]}>
          <Input
            onChange={(event) =>
              form.setFieldValue(
                'code',
                event.target.value
                  .toLowerCase()
                  .replace(/[^a-z0-9]+/g, '_')
                  .replace(/^_+|_+$/g, '')
                  .slice(0, 50),
              )
            }
          />
        </Form.Item>
        <Form.Item name="code" label={t('settings.code')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('settings.explain')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
