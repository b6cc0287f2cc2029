import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ProposalOutcomeFieldsFragment } from '../../gql/graphql';
import { TermReviewersQuery } from './proposals.graphql';
import { listOfNames } from './reviewers';

/**
 * Says plainly what became of a proposal: approved at once (a reviewer's own edit, where the
 * glossary allows it), sent to named reviewers, or kept as a draft.
 */
export function useProposalFeedback() {
  const { message } = App.useApp();
  const { t, i18n } = useTranslation('glossary');
  const client = useClient();

  return useCallback(
    async (outcome: ProposalOutcomeFieldsFragment) => {
      const { term, proposal } = outcome;
      const name = term.name;
      if (proposal.status === 'approved') {
        const text =
          proposal.kind === 'create' ? t('toast.approvedSelfNew', { name }) : t('toast.approvedSelf', { name });
        void message.success({ content: text, duration: 8 });
        return;
      }
      if (proposal.status === 'draft') {
        void message.success({ content: t('toast.savedDraft', { name }), duration: 6 });
        return;
      }
      const result = await client
        .query(TermReviewersQuery, { id: term.id }, { requestPolicy: 'network-only' })
        .toPromise();
      const reviewers = result.data?.glossaryTerm?.effectiveReviewers ?? [];
      const content =
        reviewers.length > 0
          ? t('toast.sentForReview', {
              name,
              reviewers: listOfNames(
                reviewers.map((person) => person.name),
                i18n.language,
              ),
            })
          : t('toast.sentNoReviewers', { name });
      void message.success({ content, duration: 8 });
    },
    [client, message, t, i18n.language],
  );
}
