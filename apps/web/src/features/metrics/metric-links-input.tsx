import { useTranslation } from 'react-i18next';
import { RecordLinksInput, type ShownRecordLink } from '../../components/record-links-input';
import type { RecordLinkType } from '../../gql/graphql';

/** The open work that should move a metric: an issue or a roadmap initiative. */
export const metricLinkTypes: readonly RecordLinkType[] = ['ticket', 'roadmap_item'];

export type MetricLink = ShownRecordLink;

/** The work linked to a metric, as a form control. */
export function MetricLinksInput(props: {
  id?: string;
  value?: MetricLink[];
  onChange?: (links: MetricLink[]) => void;
}) {
  const { t } = useTranslation('metrics');
  return (
    <RecordLinksInput {...props} types={metricLinkTypes} emptyText={t('links.none')} tagTestId="metric-action-link" />
  );
}
