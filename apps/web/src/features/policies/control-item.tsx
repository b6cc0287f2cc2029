import { EditOutlined, ExceptionOutlined, PauseCircleFilled, SafetyOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { PersonAvatar } from '../../components/person-avatar';
import { When } from '../../components/when';
import type { PolicyControlFieldsFragment, PolicyExceptionFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import type { AttestableControl } from './attest-control-modal';
import { AttestationHistory } from './control-attestations';
import { EvidenceList } from './control-evidence';
import { ControlSwitchButton } from './control-switch-button';
import { EvaluateControlMutation } from './controls.graphql';
import { ControlStateTag, isAttested } from './policy-shared';
import { usePolicyAbilities } from './use-policy-abilities';

type Control = PolicyControlFieldsFragment;

/** Its last result in words, or why there is none (never evaluated, switched off). */
function ControlSummary({ control }: { control: Control }) {
  const { t } = useTranslation('policies');
  const { canManage } = usePolicyAbilities();
  if (!control.active)
    return (
      <Typography.Text type="secondary" data-testid="control-summary">
        {t('controls.switchedOffSummary')}
      </Typography.Text>
    );
  if (control.summary)
    return (
      <Typography.Text className={`control-summary control-summary-${control.state}`} data-testid="control-summary">
        {control.summary}
      </Typography.Text>
    );
  return (
    <Typography.Text type="secondary" data-testid="control-summary">
      {canManage ? t('controls.neverEvaluatedManager') : t('controls.neverEvaluated')}
    </Typography.Text>
  );
}

/**
 * One control: whether it passes, why, who owns it, when it was checked, its issue, exception and
 * attestations, and what the viewer may do. A switched-off control shows dimmed, with its history.
 */
export function ControlItem({
  control,
  exception,
  policy,
  onAttest,
  onGrant,
  onEdit,
  onChanged,
}: {
  control: Control;
  /** Its exception in force, if any: the one shown instead of the way to grant another. */
  exception: PolicyExceptionFieldsFragment | null;
  policy: { owner: { id: string }; approver: { id: string } };
  onAttest: (control: AttestableControl) => void;
  onGrant: (control: Control) => void;
  onEdit: (control: Control) => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('policies');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const { canManage, canAttest, isApprover } = usePolicyAbilities();
  const [{ fetching: evaluating }, evaluate] = useMutation(EvaluateControlMutation);
  const { active } = control;
  const excepted = active && control.exceptionUntil !== null;

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
      className={active ? `policy-control policy-control-${control.state}` : 'policy-control policy-control-off'}
      data-testid="policy-control"
      data-control-name={control.name}
      data-state={control.state}
      data-active={active}
      aria-label={control.name}
    >
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={6} className="policy-control-body">
          <Flex gap={8} align="center" wrap>
            {active ? (
              <ControlStateTag state={control.state} />
            ) : (
              <Tag icon={<PauseCircleFilled aria-hidden />} className="policy-tag" data-testid="control-switched-off">
                {t('controls.switchedOff')}
              </Tag>
            )}
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
          <ControlSummary control={control} />
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
          {isAttested(control.kind) ? <AttestationHistory attestations={control.attestations} /> : null}
        </Flex>
        <Flex gap={8} wrap className="policy-control-actions">
          {active && isAttested(control.kind) && canAttest(control) ? (
            <Button
              icon={<SafetyOutlined aria-hidden />}
              onClick={() => onAttest(control)}
              data-testid="attest-control"
              type={control.state === 'pass' ? 'default' : 'primary'}
            >
              {t('controls.attest')}
            </Button>
          ) : null}
          {active && canManage ? (
            <Button
              icon={<SyncOutlined aria-hidden />}
              loading={evaluating}
              onClick={evaluateNow}
              data-testid="evaluate-control"
            >
              {t('controls.evaluate')}
            </Button>
          ) : null}
          {active && isApprover(policy) && control.state !== 'pass' && !excepted ? (
            <Button
              icon={<ExceptionOutlined aria-hidden />}
              onClick={() => onGrant(control)}
              data-testid="grant-exception"
            >
              {t('controls.grantException')}
            </Button>
          ) : null}
          {canManage ? (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(control)} data-testid="edit-control">
              {t('controls.edit')}
            </Button>
          ) : null}
          {canManage ? <ControlSwitchButton control={control} onChanged={onChanged} /> : null}
        </Flex>
      </Flex>
      {excepted ? (
        <Alert
          type="warning"
          showIcon
          className="control-exception"
          data-testid="control-exception"
          title={t(exception?.approvedBy ? 'controls.exceptionBy' : 'controls.exception', {
            date: formatDay(control.exceptionUntil ?? '', i18n.language),
            reason: control.exceptionReason ?? '',
            name: exception?.approvedBy?.name ?? '',
          })}
        />
      ) : null}
      {active ? <EvidenceList evidence={control.evidence} state={control.state} /> : null}
    </section>
  );
}
