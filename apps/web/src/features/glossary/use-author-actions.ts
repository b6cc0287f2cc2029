import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { ProposalKind } from '../../gql/graphql';
import { SubmitProposalMutation, WithdrawProposalMutation } from './proposals.graphql';
import { useProposalFeedback } from './use-proposal-feedback';

interface OwnProposal {
  id: string;
  kind: ProposalKind;
  status: string;
}

/** What the author of a proposal can do with it: send a draft for review, or take it back. */
export function useAuthorActions(onDone: () => void) {
  const { t } = useTranslation(['glossary', 'common']);
  const { modal, message } = App.useApp();
  const handle = useResultHandler();
  const feedback = useProposalFeedback();
  const [{ fetching: submitting }, submit] = useMutation(SubmitProposalMutation);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawProposalMutation);

  const submitDraft = async (proposal: OwnProposal) => {
    const outcome = await submit({ input: { proposalId: proposal.id } });
    const sent = handle({ payload: outcome.data?.submitProposal, error: outcome.error }, { onReload: onDone });
    if (!sent) return;
    await feedback(sent);
    onDone();
  };

  const confirmWithdraw = (proposal: OwnProposal, termName: string) => {
    const isNew = proposal.kind === 'create';
    modal.confirm({
      title: proposal.status === 'draft' ? t('author.discardTitle') : t('author.withdrawTitle'),
      content: isNew ? t('author.withdrawNewBody', { name: termName }) : t('author.withdrawBody', { name: termName }),
      okText: proposal.status === 'draft' ? t('author.discard') : t('author.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await withdraw({ input: { proposalId: proposal.id } });
        const done = handle({ payload: outcome.data?.withdrawProposal, error: outcome.error }, { onReload: onDone });
        if (!done) return;
        void message.success(t('author.withdrawn', { name: termName }));
        onDone();
      },
    });
  };

  return { submitDraft, confirmWithdraw, busy: submitting || withdrawing };
}
