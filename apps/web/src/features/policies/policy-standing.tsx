import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyVersionStatus } from '../../gql/graphql';
import { versionsOf } from './policy-shared';

interface Versioned {
  number: number;
  status: PolicyVersionStatus;
}

/**
 * Where a policy stands, newest version first: approved while any version is in force (a newer
 * draft or one waiting for approval does not take it out of force), else its newest version's
 * status; and that newer version, while it is on its way.
 */
export function standingOf<V extends Versioned>(versions: readonly V[]) {
  const { latest, approved } = versionsOf(versions);
  const status: PolicyVersionStatus | null = approved ? 'approved' : (latest?.status ?? null);
  const pending =
    approved && latest && latest !== approved && (latest.status === 'draft' || latest.status === 'in_review')
      ? latest
      : null;
  return { status, pending };
}

/** "Version 3 in draft" or "Version 3 waiting for approval": the version on its way to replace the one in force. */
export function PendingVersionNote({ version }: { version: Versioned }) {
  const { t } = useTranslation('policies');
  return (
    <Typography.Text
      type="secondary"
      className="policy-small"
      data-testid="policy-pending-version"
      data-status={version.status}
    >
      {version.status === 'in_review'
        ? t('standing.pendingReview', { number: version.number })
        : t('standing.pendingDraft', { number: version.number })}
    </Typography.Text>
  );
}
