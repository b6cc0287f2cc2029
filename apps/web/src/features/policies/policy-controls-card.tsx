import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExceptionOutlined,
  PlusOutlined,
  SafetyOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { safeHref } from '../../components/markdown/markdown-inline';
import { PersonAvatar } from '../../components/person-avatar';
import { When } from '../../components/when';
import type { ControlState, PolicyControlFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import { type AttestableControl, AttestControlModal } from './attest-control-modal';
import { ControlEditorModal, type ControlPolicy } from './control-editor-modal';
import { GrantExceptionModal } from './grant-exception-modal';
import { EvaluateControlMutation } from './policies.graphql';
import { ControlStateTag, isAttested } from './policy-shared';
import { usePolicyAbilities } from './use-policy-abilities';

type Control = PolicyControlFieldsFragment;
type Evidence = Control['evidence'][number];

/** How many failing records show before "Show all". */
const PREVIEW = 8;

/** "crm.customer.email: no steward": the record (linked to its page) and what is wrong with it. */
function EvidenceLine({ item }: { item: Evidence }) {
  const cut = item.label.indexOf(': ');
  const record = cut > 0 ? item.label.slice(0, cut) : item.label;
  const rest = cut > 0 ? item.label.slice(cut) : '';
  const external = item.href && !item.href.startsWith('/') ? safeHref(item.href) : undefined;
  const linked = item.href?.startsWith('/') ? (
    <Link to={item.href}>{record}</Link>
  ) : external ? (
    <a href={external} target="_blank" rel="noopener noreferrer nofollow">
      {record}
    </a>
  ) : (
    record
  );
  return (
    <li
      className={item.ok ? 'evidence-item evidence-ok' : 'evidence-item evidence-failing'}
      data-testid="evidence-item"
      data-ok={item.ok}
    >
      {item.ok ? (
        <CheckCircleFilled className="evidence-icon" aria-hidden />
      ) : (
        <CloseCircleFilled className="evidence-icon" aria-hidden />
      )}
      <span>
        <span className="evidence-record">{linked}</span>
        <span className={item.ok ? undefined : 'evidence-problem'}>{rest}</span>
      </span>
    </li>
  );
}

/** The records the last evaluation read: what fails first and in view, the rest on demand. */
function EvidenceList({ evidence, state }: { evidence: readonly Evidence[]; state: ControlState }) {
  const { t } = useTranslation('policies');
  const [open, setOpen] = useState(false);
  if (evidence.length === 0) return null;
  const failing = evidence.filter((item) => !item.ok);
  const passing = evidence.filter((item) => item.ok);
  const preview = failing.slice(0, PREVIEW);
  const shown = open ? [...failing, ...passing] : preview;
  const hidden = evidence.length - preview.length;
  return (
    <div className="control-evidence" data-testid="control-evidence">
      {failing.length ? (
        <Typography.Text strong className="control-evidence-title">
          {state === 'pass'
            ? t('evidence.failingExcepted', { count: failing.length })
            : t('evidence.failing', { count: failing.length })}
        </Typography.Text>
      ) : null}
      {shown.length ? (
        <ul className="evidence-list">
          {shown.map((item) => (
            <EvidenceLine key={`${item.ok}:${item.label}:${item.href ?? ''}`} item={item} />
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <Button
          type="link"
          size="small"
          className="control-evidence-toggle"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          data-testid="control-evidence-toggle"
        >
          {open
            ? t('evidence.showFailingOnly')
            : failing.length
              ? t('evidence.showAll', { count: evidence.length, passing: passing.length })
              : t('evidence.showChecked', { count: evidence.length })}
        </Button>
      ) : null}
    </div>
  );
}

/** One control: whether it passes, why, who owns it, when it was checked, its issue and exception, and what to do. */
function ControlItem({
  control,
  policy,
  onAttest,
  onGrant,
  onChanged,
}: {
  control: Control;
  policy: { owner: { id: string }; approver: { id: string } };
  onAttest: (control: AttestableControl) => void;
  onGrant: (control: Control) => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('policies');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const { canManage, canAttest, isApprover } = usePolicyAbilities();
  const [{ fetching: evaluating }, evaluate] = useMutation(EvaluateControlMutation);
  const excepted = control.exceptionUntil !== null;

  const evaluateNow = async () => {
    const outcome = await evaluate({ controlId: control.id });
    const result = handle({ payload: outcome.data?.evaluateControl, error: outcome.error });
    if (!result) return;
    const text = t(`evaluated.${result.state}`, { name: control.name, summary: result.summary });
    if (result.state === 'pass') void message.success(text);
    else if (result.state === 'fail') void message.warning(text);
    else void message.info(text);
    onChanged();
  };

  return (
    <section
      className={`policy-control policy-control-${control.state}`}
      data-testid="policy-control"
      data-control-name={control.name}
      data-state={control.state}
      aria-label={control.name}
    >
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 460px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <ControlStateTag state={control.state} />
            {excepted ? (
              <Tag color="gold" icon={<ExceptionOutlined aria-hidden />} className="policy-tag">
                {t('controls.excepted')}
              </Tag>
            ) : null}
            <Typography.Text strong className="policy-control-name">
              {control.name}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" className="policy-small" data-testid="control-kind-description">
            <strong>{t(`controlKind.${control.kind}`)}</strong> · {t(`controlKindShort.${control.kind}`)}
          </Typography.Text>
          {control.description ? <Typography.Text>{control.description}</Typography.Text> : null}
          {control.summary ? (
            <Typography.Text
              className={`control-summary control-summary-${control.state}`}
              data-testid="control-summary"
            >
              {control.summary}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" data-testid="control-summary">
              {canManage ? t('controls.neverEvaluatedManager') : t('controls.neverEvaluated')}
            </Typography.Text>
          )}
          <Flex gap={20} wrap className="policy-control-meta">
            <span>
              <span className="policy-meta-label">{t('controls.owner')}</span>
              <PersonAvatar name={control.owner.name} size="small" />{' '}
              <Link to={`/people/${control.owner.id}`}>{control.owner.name}</Link>
            </span>
            <span>
              <span className="policy-meta-label">{t('controls.frequency')}</span>
              {t(`frequency.${control.frequency}`)}
            </span>
            <span data-testid="control-evaluated-at">
              <span className="policy-meta-label">{t('controls.evaluated')}</span>
              {control.evaluatedAt ? <When at={control.evaluatedAt} /> : t('controls.never')}
            </span>
            {control.ticketKey ? (
              <span>
                <span className="policy-meta-label">{t('controls.issue')}</span>
                <Link to={`/issues/${control.ticketKey}`} data-testid="control-issue">
                  {control.ticketKey}
                </Link>
              </span>
            ) : null}
          </Flex>
        </Flex>
        <Flex gap={8} wrap className="policy-control-actions">
          {isAttested(control.kind) && canAttest(control) ? (
            <Button
              icon={<SafetyOutlined aria-hidden />}
              onClick={() => onAttest(control)}
              data-testid="attest-control"
              type={control.state === 'pass' ? 'default' : 'primary'}
            >
              {t('controls.attest')}
            </Button>
          ) : null}
          {canManage ? (
            <Button
              icon={<SyncOutlined aria-hidden />}
              loading={evaluating}
              onClick={evaluateNow}
              data-testid="evaluate-control"
            >
              {t('controls.evaluate')}
            </Button>
          ) : null}
          {isApprover(policy) && (control.state !== 'pass' || excepted) ? (
            <Button
              icon={<ExceptionOutlined aria-hidden />}
              onClick={() => onGrant(control)}
              data-testid="grant-exception"
            >
              {t('controls.grantException')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {excepted ? (
        <Alert
          type="warning"
          showIcon
          className="control-exception"
          data-testid="control-exception"
          title={t('controls.exception', {
            date: formatDay(control.exceptionUntil ?? '', i18n.language),
            reason: control.exceptionReason ?? '',
          })}
        />
      ) : null}
      <EvidenceList evidence={control.evidence} state={control.state} />
    </section>
  );
}

/** The controls that put the policy into effect, and how each one stands. */
export function PolicyControlsCard({
  policy,
  controls,
  onChanged,
}: {
  policy: ControlPolicy & { approver: { id: string } };
  controls: readonly Control[];
  onChanged: () => void;
}) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const { canManage } = usePolicyAbilities();
  const [adding, setAdding] = useState(false);
  const [attesting, setAttesting] = useState<AttestableControl | null>(null);
  const [granting, setGranting] = useState<Control | null>(null);
  const [, evaluate] = useMutation(EvaluateControlMutation);
  const counts = (['fail', 'pass', 'not_evaluated'] as const)
    .map((state) => ({ state, count: controls.filter((control) => control.state === state).length }))
    .filter((entry) => entry.count > 0);

  /** After an attestation the program's team re-evaluates at once; others see it at the next evaluation. */
  const attested = async (control: AttestableControl, outcome: 'pass' | 'fail') => {
    setAttesting(null);
    if (canManage) {
      const result = await evaluate({ controlId: control.id });
      const evaluation = handle({ payload: result.data?.evaluateControl, error: result.error });
      if (evaluation)
        void message.success(t('attest.doneEvaluated', { name: control.name, summary: evaluation.summary }));
    } else {
      void message.success(t(`attest.done.${outcome}`, { name: control.name }));
    }
    onChanged();
  };

  return (
    <Card
      title={t('controls.title')}
      data-testid="policy-controls"
      extra={
        <Flex gap={16} align="center" wrap>
          {counts.length ? (
            <Typography.Text type="secondary" className="policy-small" data-testid="policy-control-counts">
              {counts.map((entry) => t(`controls.count.${entry.state}`, { count: entry.count })).join(' · ')}
            </Typography.Text>
          ) : null}
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setAdding(true)}
              data-testid="add-control"
            >
              {t('controls.add')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {controls.length === 0 ? (
        <EmptyState
          title={t('controls.emptyTitle')}
          description={canManage ? t('controls.emptyManager') : t('controls.empty')}
        />
      ) : (
        <Flex vertical gap={12}>
          {controls.map((control) => (
            <ControlItem
              key={control.id}
              control={control}
              policy={policy}
              onAttest={setAttesting}
              onGrant={setGranting}
              onChanged={onChanged}
            />
          ))}
        </Flex>
      )}
      {canManage ? (
        <ControlEditorModal
          policy={policy}
          open={adding}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      <AttestControlModal control={attesting} onClose={() => setAttesting(null)} onAttested={attested} />
      <GrantExceptionModal
        control={granting}
        onClose={() => setGranting(null)}
        onGranted={() => {
          setGranting(null);
          onChanged();
        }}
      />
    </Card>
  );
}
