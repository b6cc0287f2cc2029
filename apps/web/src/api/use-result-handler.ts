import { App } from 'antd';
import type { FormInstance } from 'antd/es/form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** What every mutation result union looks like once it selects `...ErrorFields`. */
export interface MutationPayload {
  __typename: string;
  message?: string;
  field?: string | null;
  fieldErrors?: { field: string; message: string }[];
  currentVersion?: number | null;
}

export type SuccessData<R> = R extends { data: infer D } ? D : never;

export interface ResultHandlerOptions {
  /** The form whose fields receive the server's field errors. */
  form?: FormInstance;
  /** Server field path (`scope.id`) → form field name, where they differ. */
  fieldNames?: Record<string, string | (string | number)[]>;
  /** Offered as "Reload" when someone else changed the record (stale `version`). */
  onReload?: () => void;
  /** Shown on success; nothing is shown when absent. */
  successMessage?: string;
  /**
   * Receives a problem that has no form field to sit on (already a sentence), to show it next
   * to what caused it; without this it becomes a message at the top of the page.
   */
  onProblem?: (text: string) => void;
}

interface Outcome<R> {
  payload: R | null | undefined;
  error?: CombinedError | undefined;
}

function sentence(message: string): string {
  return message ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

/**
 * The one place mutation results turn into UI: field errors onto the form's fields (by dotted
 * path), a stale version into "someone else changed this" with a reload, everything else into a
 * message. Returns the success `data`, or undefined when the mutation did not succeed.
 */
export function useResultHandler() {
  const { message, modal } = App.useApp();
  const { t } = useTranslation('common');

  return useCallback(
    <R extends MutationPayload>(
      { payload, error }: Outcome<R>,
      options: ResultHandlerOptions = {},
    ): SuccessData<R> | undefined => {
      if (error || !payload) {
        // UNAUTHENTICATED is handled by the client (back to sign-in); the rest is unexpected.
        if (!error?.graphQLErrors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
          void message.error(t('errors.unexpected'));
        }
        return undefined;
      }
      if (payload.__typename.endsWith('Success')) {
        if (options.successMessage) void message.success(options.successMessage);
        return (payload as R & { data: SuccessData<R> }).data;
      }
      const { form, fieldNames = {} } = options;
      // The form's own name paths by their dotted spelling: `content.relations.0.termId` finds
      // the field named ['content', 'relations', 0, 'termId'] (a list index is a number there).
      const registered = new Map(form?.getFieldsError().map((entry) => [entry.name.join('.'), entry.name]) ?? []);
      const toFormName = (path: string) => {
        const mapped = fieldNames[path] ?? path.split('.');
        return Array.isArray(mapped) ? mapped : [mapped];
      };
      const placeOnField = (path: string | null | undefined, text: string): boolean => {
        if (!form || !path) return false;
        const name = toFormName(path);
        // An item of a list field (`content.reviewerIds.1`) lands on the list when it has no field of its own.
        for (let length = name.length; length > 0; length -= 1) {
          const found = registered.get(name.slice(0, length).join('.'));
          if (!found) continue;
          form.setFields([{ name: found, errors: [sentence(text)] }]);
          return true;
        }
        return false;
      };

      if (payload.__typename === 'ConflictError' && typeof payload.currentVersion === 'number') {
        modal.confirm({
          title: t('errors.conflictTitle'),
          content: t('errors.conflictBody'),
          okText: t('actions.reload'),
          cancelText: t('actions.close'),
          onOk: options.onReload,
        });
        return undefined;
      }
      const report = (text: string) => {
        if (options.onProblem) options.onProblem(text);
        else void message.error(text);
      };
      if (payload.__typename === 'InputError' && payload.fieldErrors?.length) {
        // Only the message is shown: the field path (`raci`, `scope.id`) means nothing to a reader.
        const leftovers = payload.fieldErrors.filter((item) => !placeOnField(item.field, item.message));
        for (const item of leftovers) report(sentence(item.message));
        return undefined;
      }
      if (placeOnField(payload.field, payload.message ?? '')) return undefined;
      if (payload.__typename === 'ForbiddenError') report(sentence(payload.message ?? '') || t('errors.forbidden'));
      else if (payload.__typename === 'NotFoundError') report(t('errors.notFound'));
      else report(sentence(payload.message ?? '') || t('errors.unexpected'));
      return undefined;
    },
    [message, modal, t],
  );
}
