import { useCallback } from 'react';
import { useMutation } from 'urql';
import { type ResultHandlerOptions, useResultHandler } from '../../api/use-result-handler';
import type { UpdateProgramStepInput } from '../../gql/graphql';
import { UpdateProgramStepMutation } from './program.graphql';

export type StepPatch = Omit<UpdateProgramStepInput, 'programId' | 'number' | 'version'>;

interface StepRef {
  programId: string;
  number: number;
  /** The step's version as read (null before its first change). */
  version: number | null;
}

/**
 * Saves a change to one step of a program with the version read, then reloads the page so the
 * exit criteria are evaluated again. Resolves to whether the change was saved.
 */
export function useStepUpdate({ programId, number, version }: StepRef, onSaved: () => void) {
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateProgramStepMutation);
  const save = useCallback(
    async (patch: StepPatch, options: ResultHandlerOptions = {}): Promise<boolean> => {
      const outcome = await update({ input: { programId, number, version, ...patch } });
      const saved = handle(
        { payload: outcome.data?.updateProgramStep, error: outcome.error },
        { onReload: onSaved, ...options },
      );
      if (saved) onSaved();
      return Boolean(saved);
    },
    [update, handle, programId, number, version, onSaved],
  );
  return { save, saving: fetching };
}
