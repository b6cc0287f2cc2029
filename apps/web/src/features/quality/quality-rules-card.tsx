import { CaretRightOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { useOnOpen } from '../../components/use-on-open';
import { When } from '../../components/when';
import type { QualityRuleFieldsFragment } from '../../gql/graphql';
import { TicketStatusTag } from '../issues/issue-tags';
import { PassRateSparkline } from './pass-rate-sparkline';
import {
  AssetQualityQuery,
  QualityJobQuery,
  RunQualityRulesMutation,
  UpdateQualityRuleMutation,
} from './quality.graphql';
import { QualityRuleForm } from './quality-rule-form';
import '../issues/issues.css';

const outcomeColors = { passed: 'success', failed: 'error', error: 'warning' } as const;

/** Queues a run and follows the job each second; calls `onFinished` with its counts. */
function useQualityRun(onFinished: (result: { passed: number; failed: number; errors: number } | null) => void) {
  const handle = useResultHandler();
  const [{ fetching: starting }, start] = useMutation(RunQualityRulesMutation);
  const [jobId, setJobId] = useState<string | null>(null);
  const [{ data }, poll] = useQuery({
    query: QualityJobQuery,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const job = jobId ? (data?.job ?? null) : null;
  const running = Boolean(jobId) && (!job || job.status === 'queued' || job.status === 'running');
  const finished = useRef<string | null>(null);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => poll({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [running, poll]);
  useEffect(() => {
    if (job && jobId && !running && finished.current !== jobId) {
      finished.current = jobId;
      onFinished((job.result as { passed: number; failed: number; errors: number } | null) ?? null);
    }
  }, [job, jobId, running, onFinished]);
  const run = useCallback(
    async (ruleIds: string[]) => {
      const outcome = await start({ input: { ruleIds } });
      const queued = handle({ payload: outcome.data?.runQualityRules, error: outcome.error });
      if (queued) setJobId(queued.id);
    },
    [handle, start],
  );
  return { run, busy: starting || running };
}

interface QualityRulesCardProps {
  asset: { id: string; qualifiedName: string; fields: { id: string; name: string; removedAt?: string | null }[] };
  /** After a run: issues may have opened, grown or closed. */
  onRan?: () => void;
}

/** The rules on a table and its columns: the last result, the history, and the issue a failure opened. */
export function QualityRulesCard({ asset, onRan }: QualityRulesCardProps) {
  const { t, i18n } = useTranslation(['quality', 'issues']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const canManage = useCan('quality:manage');
  const context = useMemo(() => ({ additionalTypenames: ['QualityRule', 'Ticket'] }), []);
  const [{ data }, refetch] = useQuery({ query: AssetQualityQuery, variables: { id: asset.id }, context });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<QualityRuleFieldsFragment | null>(null);
  const [, update] = useMutation(UpdateQualityRuleMutation);
  const rules = data?.dataAsset?.qualityRules ?? [];
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(i18n.language);
  const { run, busy } = useQualityRun((result) => {
    reload();
    onRan?.();
    if (result) void message.info(t('card.ran', result));
  });

  const schedule = (minutes: number) =>
    minutes === 1440
      ? t('result.daily')
      : minutes % 1440 === 0
        ? t('result.everyDays', { count: minutes / 1440 })
        : minutes % 60 === 0
          ? t('result.everyHours', { count: minutes / 60 })
          : t('result.every', { minutes });

  const toggle = async (rule: QualityRuleFieldsFragment) => {
    const outcome = await update({ input: { id: rule.id, version: rule.version, enabled: !rule.enabled } });
    if (handle({ payload: outcome.data?.updateQualityRule, error: outcome.error }, { onReload: reload })) reload();
  };

  const lastRun = (rule: QualityRuleFieldsFragment) => {
    const latest = rule.results[0];
    if (!latest) return <Typography.Text type="secondary">{t('outcome.never')}</Typography.Text>;
    const figures =
      latest.outcome === 'error'
        ? latest.error
        : rule.kind === 'row_count'
          ? t('result.observedRows', { count: Number(latest.observed ?? 0) })
          : rule.kind === 'freshness'
            ? t('result.observedNewest', { value: latest.observed ?? '—' })
            : t('result.rows', {
                failing: number.format(latest.failingRows),
                checked: number.format(latest.checkedRows),
                ratio: percent.format(latest.passRatio ?? 0),
              });
    return (
      <Flex vertical gap={2}>
        <Space size={6} wrap>
          <Tag color={outcomeColors[latest.outcome]} data-testid="rule-outcome">
            {t(`outcome.${latest.outcome}`)}
          </Tag>
          <Typography.Text type="secondary">
            <When at={latest.runAt} />
          </Typography.Text>
        </Space>
        <Typography.Text type={latest.outcome === 'error' ? 'warning' : undefined} ellipsis={{ tooltip: figures }}>
          {figures}
        </Typography.Text>
        {latest.samples.length > 0 ? (
          <Typography.Text type="secondary" ellipsis>
            {t('result.samples')}{' '}
            {latest.samples.map((sample) => `${sample.value ?? 'null'} (${sample.count})`).join(', ')}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };

  return (
    <Card
      title={t('card.title')}
      data-testid="quality-rules"
      extra={
        canManage ? (
          <Space>
            {rules.length > 0 ? (
              <Button
                size="small"
                icon={<CaretRightOutlined aria-hidden />}
                loading={busy}
                onClick={() => void run(rules.filter((rule) => rule.enabled).map((rule) => rule.id))}
              >
                {busy ? t('card.running') : t('card.runAll')}
              </Button>
            ) : null}
            <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('card.add')}
            </Button>
          </Space>
        ) : null
      }
    >
      {rules.length === 0 ? (
        <Typography.Text type="secondary">{t('card.empty')}</Typography.Text>
      ) : (
        <Table<QualityRuleFieldsFragment>
          rowKey="id"
          size="small"
          tableLayout="fixed"
          pagination={false}
          dataSource={rules}
          onRow={(rule) => ({ 'data-testid': 'quality-rule', 'data-name': rule.name }) as never}
          columns={[
            {
              title: t('columns.rule'),
              key: 'rule',
              render: (_, rule) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{rule.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t(`kind.${rule.kind}`)}
                    {rule.field ? ` · ${rule.field.name}` : ''} · {t(`dimension.${rule.dimension}`)} ·{' '}
                    {t(`severity.${rule.severity}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {rule.threshold < 1 ? `${t('result.threshold', { ratio: percent.format(rule.threshold) })} · ` : ''}
                    {!rule.enabled
                      ? t('result.paused')
                      : rule.everyMinutes
                        ? schedule(rule.everyMinutes)
                        : t('result.manual')}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('columns.lastRun'), key: 'last', render: (_, rule) => lastRun(rule) },
            {
              title: t('columns.history'),
              key: 'history',
              width: 150,
              render: (_, rule) => <PassRateSparkline results={rule.results} />,
            },
            {
              title: t('columns.ticket'),
              key: 'ticket',
              width: 170,
              render: (_, rule) =>
                rule.ticket ? (
                  <Space size={4} wrap>
                    <Link to={`/issues/${rule.ticket.key}`} data-testid="rule-ticket">
                      {rule.ticket.key}
                    </Link>
                    <TicketStatusTag status={rule.ticket.status} />
                  </Space>
                ) : (
                  '—'
                ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    width: 150,
                    render: (_: unknown, rule: QualityRuleFieldsFragment) => (
                      <Space size={4}>
                        <Tooltip title={t('card.runOne')}>
                          <Button
                            size="small"
                            type="link"
                            disabled={busy || !rule.enabled}
                            onClick={() => void run([rule.id])}
                            aria-label={`${t('card.runOne')}: ${rule.name}`}
                          >
                            <CaretRightOutlined aria-hidden />
                          </Button>
                        </Tooltip>
                        <Button size="small" type="link" onClick={() => setEditing(rule)}>
                          {t('edit.action')}
                        </Button>
                        <Button size="small" type="link" onClick={() => void toggle(rule)}>
                          {rule.enabled ? t('toggle.pause') : t('toggle.resume')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <EditRuleModal
        rule={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <QualityRuleForm
        asset={
          adding
            ? {
                id: asset.id,
                qualifiedName: asset.qualifiedName,
                columns: asset.fields
                  .filter((field) => !field.removedAt)
                  .map((field) => ({ id: field.id, name: field.name })),
              }
            : null
        }
        onClose={() => setAdding(false)}
        onCreated={() => {
          setAdding(false);
          reload();
        }}
      />
    </Card>
  );
}

interface EditValues {
  name: string;
  description?: string;
  thresholdPercent: number;
  severity: QualityRuleFieldsFragment['severity'];
  everyMinutes?: number | null;
}

/** Renames a rule, or changes how strict, how severe and how often it is (not what it checks). */
function EditRuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: QualityRuleFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['quality', 'common']);
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<EditValues>();
  const [{ fetching }, update] = useMutation(UpdateQualityRuleMutation);
  useOnOpen(Boolean(rule), () =>
    form.setFieldsValue({
      name: rule?.name ?? '',
      description: rule?.description ?? '',
      thresholdPercent: (rule?.threshold ?? 1) * 100,
      severity: rule?.severity ?? 'medium',
      everyMinutes: rule?.everyMinutes ?? null,
    }),
  );
  const onFinish = async (values: EditValues) => {
    if (!rule) return;
    const outcome = await update({
      input: {
        id: rule.id,
        version: rule.version,
        name: values.name,
        description: values.description || null,
        threshold: values.thresholdPercent / 100,
        severity: values.severity,
        everyMinutes: values.everyMinutes ?? null,
      },
    });
    const saved = handle(
      { payload: outcome.data?.updateQualityRule, error: outcome.error },
      { form, fieldNames: { threshold: 'thresholdPercent' }, onReload: onSaved },
    );
    if (!saved) return;
    void message.success(t('edit.saved', { name: values.name }));
    onSaved();
  };
  return (
    <Modal
      open={Boolean(rule)}
      title={rule ? t('edit.title', { name: rule.name }) : ''}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('edit.kindFixed')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} name="quality-rule-edit">
        <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="thresholdPercent" label={t('form.threshold')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="severity" label={t('form.severity')}>
            <Select
              options={(['low', 'medium', 'high', 'critical'] as const).map((value) => ({
                value,
                label: t(`severity.${value}`),
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="everyMinutes" label={t('form.schedule')}>
          <InputNumber min={5} placeholder={t('form.schedulePlaceholder')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
