import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { GoldenRecordPolicyInput } from '../../gql/graphql';
import { UpdatePolicyDraftMutation } from './policy.graphql';
import { PolicyEditorAttributes } from './policy-editor-attributes';
import { PolicyEditorBlocking } from './policy-editor-blocking';
import { PolicyEditorComparisons } from './policy-editor-comparisons';
import {
  type LevelValues,
  measuresDifference,
  type PolicyData,
  type PolicyFormValues,
  type PolicyVersionData,
} from './policy-editor-shared';
import { PolicyEditorSources } from './policy-editor-sources';
import { PolicyEditorSurvivorship } from './policy-editor-survivorship';
import { PolicyEditorThresholds } from './policy-editor-thresholds';

const present = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined);

/** The policy as the form holds it: GraphQL's nulls become absent values. */
function toFormValues(version: PolicyVersionData): PolicyFormValues {
  const policy: PolicyData = version.policy;
  const level = (item: PolicyData['comparisons'][number]['levels'][number]): LevelValues => ({
    label: item.label,
    minSimilarity: present(item.minSimilarity),
    maxDifference: present(item.maxDifference),
    m: present(item.m),
    u: present(item.u),
    weight: present(item.weight),
  });
  return {
    note: version.note ?? '',
    policy: {
      scoring: policy.scoring,
      priorMatchRate: policy.priorMatchRate,
      autoMergeThreshold: policy.autoMergeThreshold,
      reviewThreshold: policy.reviewThreshold,
      maxClusterSize: policy.maxClusterSize,
      attributes: policy.attributes.map((item) => ({
        name: item.name,
        label: item.label ?? undefined,
        standardise: [...item.standardise],
      })),
      blocking: policy.blocking.map((pass) => ({
        keys: pass.keys.map((key) => ({ attribute: key.attribute, transform: key.transform })),
      })),
      comparisons: policy.comparisons.map((comparison) => ({
        attribute: comparison.attribute,
        comparator: comparison.comparator,
        unit: comparison.unit ?? undefined,
        levels: comparison.levels.map(level),
        otherwise: {
          label: comparison.otherwise.label,
          m: present(comparison.otherwise.m),
          u: present(comparison.otherwise.u),
          weight: present(comparison.otherwise.weight),
        },
      })),
      survivorship: policy.survivorship.map((chain) => ({ attribute: chain.attribute, rules: [...chain.rules] })),
      sources: policy.sources.map(({ name, priority, maxTrust, minTrust, decayDays }) => ({
        name,
        priority,
        maxTrust,
        minTrust,
        decayDays,
      })),
    },
  };
}

/** What is sent: only the numbers the screen shows for the chosen comparator and scoring. */
function toPolicyInput(values: PolicyFormValues['policy']): GoldenRecordPolicyInput {
  const fellegiSunter = values.scoring === 'fellegi_sunter';
  const score = (level: Partial<LevelValues>) =>
    fellegiSunter ? { m: present(level.m), u: present(level.u) } : { weight: present(level.weight) };
  return {
    scoring: values.scoring,
    priorMatchRate: values.priorMatchRate,
    autoMergeThreshold: values.autoMergeThreshold,
    reviewThreshold: values.reviewThreshold,
    maxClusterSize: values.maxClusterSize,
    attributes: values.attributes.map((item) => ({
      name: item.name,
      label: item.label,
      standardise: item.standardise ?? [],
    })),
    blocking: values.blocking,
    survivorship: values.survivorship,
    sources: values.sources,
    comparisons: values.comparisons.map((comparison) => {
      const byDifference = measuresDifference(comparison.comparator);
      return {
        attribute: comparison.attribute,
        comparator: comparison.comparator,
        unit: comparison.comparator === 'date' ? comparison.unit : undefined,
        levels: comparison.levels.map((level) => ({
          label: level.label,
          ...(byDifference
            ? { maxDifference: present(level.maxDifference) }
            : { minSimilarity: present(level.minSimilarity) }),
          ...score(level),
        })),
        otherwise: { label: comparison.otherwise.label, ...score(comparison.otherwise) },
      };
    }),
  };
}

interface PolicyEditorFormProps {
  version: PolicyVersionData;
  domain: { attributes: readonly { name: string; label: string | null }[]; sources: readonly { name: string }[] };
  editable: boolean;
  labelOf: (name: string) => string;
  onDirtyChange: (dirty: boolean) => void;
  onReload: () => void;
}

/**
 * The whole policy as one form, saved as a whole (the server validates it as a whole, and its
 * field errors come back as `policy.…` paths that match the form's field names). Mount it with
 * a key per saved version, so a save or a reload starts from the server's values.
 */
export function PolicyEditorForm({
  version,
  domain,
  editable,
  labelOf,
  onDirtyChange,
  onReload,
}: PolicyEditorFormProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const { message, modal } = App.useApp();
  const handle = useResultHandler();
  const [form] = Form.useForm<PolicyFormValues>();
  const [{ fetching: saving }, save] = useMutation(UpdatePolicyDraftMutation);
  const initial = useMemo(() => toFormValues(version), [version]);
  const [problem, setProblem] = useState<string | null>(null);
  const current = Form.useWatch([], { form, preserve: true }) as PolicyFormValues | undefined;
  const dirty = Boolean(editable && current?.policy && JSON.stringify(current) !== JSON.stringify(initial));
  const scoring = Form.useWatch(['policy', 'scoring'], { form, preserve: true }) ?? version.policy.scoring;
  const attributes = Form.useWatch(['policy', 'attributes'], { form, preserve: true }) ?? [];
  const attributeOptions = attributes
    .filter((item) => item?.name)
    .map((item) => ({ value: item.name, label: labelOf(item.name) }));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('form.leaveTitle'),
      content: t('form.leaveBody'),
      okText: t('form.leave'),
      okButtonProps: { danger: true },
      cancelText: t('form.stay'),
      onOk: () => blockerRef.current.proceed?.(),
      onCancel: () => blockerRef.current.reset?.(),
    });
  }, [blocker.state, modal, t]);

  const onSave = async () => {
    setProblem(null);
    // The whole store, not just mounted fields: hidden values (the prior under weighted scoring) stay.
    const values = form.getFieldsValue(true) as PolicyFormValues;
    const policy = toPolicyInput(values.policy);
    const outcome = await save({
      input: { id: version.id, version: version.version, policy, note: values.note?.trim() || null },
    });
    const saved = handle(
      { payload: outcome.data?.updatePolicyDraft, error: outcome.error },
      { form, onReload, onProblem: setProblem },
    );
    if (saved) {
      void message.success(t('form.saved', { number: saved.number }));
      return;
    }
    // The server's errors can sit far down the page: bring the first one into view.
    const first = form.getFieldsError().find((entry) => entry.errors.length);
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  return (
    <Form<PolicyFormValues>
      form={form}
      layout="vertical"
      name="policy-editor"
      initialValues={initial}
      disabled={!editable}
      variant={editable ? 'outlined' : 'borderless'}
      requiredMark={editable}
      onFinish={onSave}
      scrollToFirstError={{ block: 'center' }}
      className={editable ? 'policy-form' : 'policy-form policy-form-readonly'}
      data-testid="policy-editor"
    >
      <Card id="policy-note" className="policy-section" title={t('note.title')}>
        {editable ? (
          <Form.Item name="note" extra={t('note.hint')} className="policy-cell-item">
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              placeholder={t('note.placeholder')}
            />
          </Form.Item>
        ) : (
          <Typography.Paragraph type={version.note ? undefined : 'secondary'} className="policy-note-text">
            {version.note || t('note.none')}
          </Typography.Paragraph>
        )}
      </Card>
      <PolicyEditorThresholds scoring={scoring} />
      <PolicyEditorAttributes editable={editable} domainAttributes={domain.attributes} />
      <PolicyEditorBlocking editable={editable} attributeOptions={attributeOptions} />
      <PolicyEditorComparisons editable={editable} scoring={scoring} attributeOptions={attributeOptions} />
      <PolicyEditorSurvivorship editable={editable} labelOf={labelOf} />
      <PolicyEditorSources editable={editable} sourceNames={domain.sources.map((source) => source.name)} />
      {editable ? (
        <div className="policy-save-bar" data-testid="policy-save-bar">
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Typography.Text type={problem ? 'danger' : 'secondary'}>
              {problem ?? (dirty ? t('form.unsaved') : t('form.allSaved'))}
            </Typography.Text>
            <Flex gap={8}>
              <Button
                disabled={!dirty || saving}
                onClick={() => {
                  setProblem(null);
                  form.resetFields();
                }}
              >
                {t('form.discard')}
              </Button>
              <Button type="primary" htmlType="submit" loading={saving} disabled={!dirty}>
                {t('common:actions.saveChanges')}
              </Button>
            </Flex>
          </Flex>
        </div>
      ) : null}
    </Form>
  );
}
