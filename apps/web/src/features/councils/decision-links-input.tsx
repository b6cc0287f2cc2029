import { useTranslation } from 'react-i18next';
import { RecordLinksInput, type ShownRecordLink } from '../../components/record-links-input';
import type { RecordLinkType } from '../../gql/graphql';

/** The kinds of record a decision can change, in the order the picker offers them. */
export const decisionLinkTypes: readonly RecordLinkType[] = [
  'term',
  'domain',
  'policy',
  'mdm_policy',
  'mdm_domain',
  'quality_rule',
  'asset',
  'program_document',
  'council',
];

/** The records a decision changed, as a form control. */
export function DecisionLinksInput(props: {
  id?: string;
  value?: ShownRecordLink[];
  onChange?: (links: ShownRecordLink[]) => void;
}) {
  const { t } = useTranslation('councils');
  return (
    <RecordLinksInput
      {...props}
      types={decisionLinkTypes}
      emptyText={t('decisionForm.noLinks')}
      tagTestId="decision-link"
    />
  );
}
