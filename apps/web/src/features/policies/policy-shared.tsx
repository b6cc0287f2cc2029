import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ControlFrequency,
  ControlKind,
  ControlState,
  PiiClass,
  PolicyKind,
  PolicyVersionStatus,
} from '../../gql/graphql';

export const policyKinds: readonly PolicyKind[] = [
  'security_and_privacy',
  'information_lifecycle',
  'data_quality',
  'access',
  'other',
];
export const versionStatuses: readonly PolicyVersionStatus[] = ['draft', 'in_review', 'approved', 'retired'];
export const controlKinds: readonly ControlKind[] = [
  'classification_requirement',
  'quality_rule',
  'retention',
  'access_review',
  'attestation',
];
export const controlFrequencies: readonly ControlFrequency[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
export const piiClasses: readonly PiiClass[] = [
  'email',
  'phone',
  'national_id',
  'person_name',
  'address',
  'date_of_birth',
  'payment_card',
];

/** Controls a person attests (the others Steward checks itself). */
export function isAttested(kind: ControlKind): boolean {
  return kind === 'access_review' || kind === 'attestation';
}

interface Versioned {
  number: number;
  status: PolicyVersionStatus;
}

/** The versions that matter on a policy: the newest, the approved one, and the one in force (approved, else newest). */
export function versionsOf<V extends Versioned>(versions: readonly V[]) {
  const latest = versions[0] ?? null;
  const approved = versions.find((version) => version.status === 'approved') ?? null;
  return { latest, approved, current: approved ?? latest };
}

const kindColors: Record<PolicyKind, string> = {
  security_and_privacy: 'purple',
  information_lifecycle: 'geekblue',
  data_quality: 'cyan',
  access: 'gold',
  other: 'default',
};

export function PolicyKindTag({ kind }: { kind: PolicyKind }) {
  const { t } = useTranslation('policies');
  return (
    <Tag color={kindColors[kind]} className="policy-tag" data-testid="policy-kind">
      {t(`kind.${kind}`)}
    </Tag>
  );
}

const statusColors: Record<PolicyVersionStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  approved: 'success',
  retired: 'default',
};

/** Where a version stands: draft, waiting for its approver, approved (in force) or retired. */
export function VersionStatusTag({ status }: { status: PolicyVersionStatus }) {
  const { t } = useTranslation('policies');
  return (
    <Tooltip title={t(`versionStatusHint.${status}`)}>
      <Tag color={statusColors[status]} className="policy-tag" data-testid="policy-version-status" data-status={status}>
        {t(`versionStatus.${status}`)}
      </Tag>
    </Tooltip>
  );
}

const stateColors: Record<ControlState, string> = { pass: 'success', fail: 'error', not_evaluated: 'default' };
const stateIcons: Record<ControlState, ReactNode> = {
  pass: <CheckCircleFilled aria-hidden />,
  fail: <CloseCircleFilled aria-hidden />,
  not_evaluated: <MinusCircleFilled aria-hidden />,
};

/** Passes, fails or not evaluated yet: an icon and a word, so it reads without colour too. */
export function ControlStateTag({ state }: { state: ControlState }) {
  const { t } = useTranslation('policies');
  return (
    <Tag
      color={stateColors[state]}
      icon={stateIcons[state]}
      className="policy-tag"
      data-testid="control-state"
      data-state={state}
    >
      {t(`controlState.${state}`)}
    </Tag>
  );
}

export interface Compliance {
  passing: number;
  evaluated: number;
  share: number | null;
}

/**
 * Green when every evaluated control passes on its own, amber from three in four (or when an
 * exception carries a control), red below; grey before any evaluation.
 */
export function complianceColor(share: number | null, excepted = 0): string {
  if (share === null) return '#8c8c8c';
  if (share >= 1 && excepted === 0) return '#389e0d';
  if (share >= 0.75) return '#d48806';
  return '#cf1322';
}

export function usePercent() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
    return (share: number) => format.format(share);
  }, [i18n.language]);
}

/** Active controls that fail but count as passing while their exception is in force. */
export function exceptedCount(
  controls: readonly { active: boolean; state: ControlState; exceptionUntil: string | null }[],
): number {
  return controls.filter((control) => control.active && control.state === 'fail' && control.exceptionUntil !== null)
    .length;
}

/** The controls in the order they show: the active ones, then those switched off (each in the server's order). */
export function activeFirst<C extends { active: boolean }>(controls: readonly C[]): C[] {
  return [...controls.filter((control) => control.active), ...controls.filter((control) => !control.active)];
}

/** How many controls count in compliance: a switched-off control is left out. */
export function activeCount(controls: readonly { active: boolean }[]): number {
  return controls.filter((control) => control.active).length;
}

/** "3 of 4 controls pass · 75 %", a bar, and how many pass by exception or wait for a first evaluation. */
export function ComplianceBar({
  compliance,
  controls,
  excepted = 0,
}: {
  compliance: Compliance;
  controls: number;
  excepted?: number;
}) {
  const { t } = useTranslation('policies');
  const percent = usePercent();
  const notEvaluated = Math.max(controls - compliance.evaluated, 0);
  if (controls === 0)
    return (
      <Typography.Text type="secondary" data-testid="policy-compliance">
        {t('compliance.noControls')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={0} data-testid="policy-compliance" className="policy-compliance-bar">
      {compliance.share === null ? (
        <Typography.Text type="secondary">{t('compliance.noneEvaluated', { count: controls })}</Typography.Text>
      ) : (
        <>
          <Progress
            percent={Math.round(compliance.share * 100)}
            showInfo={false}
            size="small"
            strokeColor={complianceColor(compliance.share, excepted)}
            aria-hidden
          />
          <Typography.Text>
            {t('compliance.line', {
              passing: compliance.passing,
              count: compliance.evaluated,
              share: percent(compliance.share),
            })}
          </Typography.Text>
          {excepted > 0 ? (
            <Typography.Text type="warning" className="policy-small">
              {t('compliance.excepted', { count: excepted })}
            </Typography.Text>
          ) : null}
          {notEvaluated > 0 ? (
            <Typography.Text type="secondary" className="policy-small">
              {t('compliance.notEvaluated', { count: notEvaluated })}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Flex>
  );
}
