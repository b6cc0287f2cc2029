import { App } from 'antd';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { DecideClassificationMutation, DecideTermLinkMutation } from './catalog.graphql';

type Decision = 'confirm' | 'reject';

/** Confirms or rejects classification and term-link suggestions; says what happened. */
export function useCatalogDecisions(onDone: () => void) {
  const handle = useResultHandler();
  const { message } = App.useApp();
  const [{ fetching: decidingClass }, decideClass] = useMutation(DecideClassificationMutation);
  const [{ fetching: decidingLink }, decideLink] = useMutation(DecideTermLinkMutation);

  const classification = useCallback(
    async (id: string, decision: Decision, successText: string) => {
      const outcome = await decideClass({ input: { id, decision } });
      if (handle({ payload: outcome.data?.decideClassification, error: outcome.error })) {
        void message.success(successText);
        onDone();
      }
    },
    [decideClass, handle, message, onDone],
  );

  const termLink = useCallback(
    async (id: string, decision: Decision, successText: string) => {
      const outcome = await decideLink({ input: { id, decision } });
      if (handle({ payload: outcome.data?.decideTermLink, error: outcome.error })) {
        void message.success(successText);
        onDone();
      }
    },
    [decideLink, handle, message, onDone],
  );

  return { classification, termLink, deciding: decidingClass || decidingLink };
}
