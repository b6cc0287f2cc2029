import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HubStyle, PolicyStatus, SimulationStatus } from '../../gql/graphql';

const hubColors: Record<HubStyle, string> = {
  registry: 'blue',
  consolidation: 'geekblue',
  coexistence: 'purple',
  centralized: 'magenta',
};

/** A hub style, explained on hover. */
export function HubStyleTag({ style, explanation }: { style: HubStyle; explanation?: string }) {
  const { t } = useTranslation('mdm');
  const tag = <Tag color={hubColors[style]}>{t(`hubStyle.${style}`)}</Tag>;
  return explanation ? <Tooltip title={explanation}>{tag}</Tooltip> : tag;
}

const statusColors: Record<PolicyStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  approved: 'cyan',
  active: 'success',
  retired: 'default',
};

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation('mdm');
  return <Tag color={statusColors[status]}>{t(`policyStatus.${status}`)}</Tag>;
}

const simulationColors: Record<SimulationStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

export function SimulationStatusTag({ status }: { status: SimulationStatus }) {
  const { t } = useTranslation('mdm');
  return <Tag color={simulationColors[status]}>{t(`simulationStatus.${status}`)}</Tag>;
}
