import { Alert, App, Button, Drawer, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useViewer } from '../../auth/viewer-context';
import {
  ProposeTermChangeMutation,
  ProposeTermMutation,
  ReviseProposalMutation,
  SubmitProposalMutation,
} from './proposals.graphql';
import { listOfNames, type PersonRef } from './reviewers';
import { type ContentSource, contentInputOf, formValuesOf, knownRecordsOf, type TermFormValues } from './term-content';
import { TermEditorFields } from './term-editor-fields';
import { useProposalFeedback } from './use-proposal-feedback';
import './term-editor.css';

export interface EditorGlossary {
  id: string;
  name: string;
  reviewerEditsNeedSecondReviewer: boolean;
  reviewers: readonly PersonRef[];
}

interface EditedTerm {
  id: string;
  name: string;
  version: number;
}

export type TermEditorState =
  | { mode: 'create'; glossary: EditorGlossary; parent?: { id: string; name: string } }
  | {
      mode: 'change';
      glossary: EditorGlossary;
      term: EditedTerm;
      source: ContentSource;
      /** The term's reviewers as the server says (`effectiveReviewers`). */
      reviewers: readonly PersonRef[];
    }
  | {
      mode: 'revise';
      glossary: EditorGlossary;
      term: EditedTerm;
      source: ContentSource;
      reviewers: readonly PersonRef[];
      proposal: { id: string; version: number; status: string; reason: string | null };
    };

interface TermEditorDrawerProps {
  state: TermEditorState | null;
  onClose: () => void;
  onReload?: () => void;
}

/** Writes a new term or a change to one: always a proposal, decided by a reviewer other than the author. */
export function TermEditorDrawer({ state, onClose, onReload }: TermEditorDrawerProps) {
  const { t, i18n } = useTranslation(['glossary', 'common']);
  const viewer = useViewer();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handle = useResultHandler();
  const feedback = useProposalFeedback();
  const [form] = Form.useForm<TermFormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'draft' | 'send' | null>(null);
  const [, proposeTerm] = useMutation(ProposeTermMutation);
  const [, proposeChange] = useMutation(ProposeTermChangeMutation);
  const [, revise] = useMutation(ReviseProposalMutation);
  const [, submitProposal] = useMutation(SubmitProposalMutation);

  const source = state && state.mode !== 'create' ? state.source : null;
  const known = knownRecordsOf(source);
  const glossary = state?.glossary;
  // An existing term: its reviewers as the server says. A new one: the glossary's, where it names any
  // (the text says so; with none, the domain picked in the form decides, and the server knows who).
  const reviewers: readonly PersonRef[] =
    state && state.mode !== 'create' ? state.reviewers : (glossary?.reviewers ?? []);
  const reviewerNames = listOfNames(
    reviewers.map((person) => person.name),
    i18n.language,
  );
  const iReview = reviewers.some((person) => person.id === viewer.person?.id);
  const passesAtOnce = iReview && glossary?.reviewerEditsNeedSecondReviewer === false;
  const isDraftRevision = state?.mode === 'revise' && state.proposal.status === 'draft';

  const submit = async (asDraft: boolean) => {
    if (!state) return;
    setProblem(null);
    let values: TermFormValues;
    try {
      values = await form.validateFields();
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    const content = contentInputOf(values);
    const reason = values.reason?.trim() || null;
    setBusy(asDraft ? 'draft' : 'send');
    const options = { form, onProblem: setProblem, onReload };
    let outcome: Parameters<typeof feedback>[0] | undefined;
    if (state.mode === 'create') {
      const result = await proposeTerm({ input: { glossaryId: state.glossary.id, content, reason, asDraft } });
      outcome = handle({ payload: result.data?.proposeTerm, error: result.error }, options);
    } else if (state.mode === 'change') {
      const input = { termId: state.term.id, version: state.term.version, content, reason, asDraft };
      const result = await proposeChange({ input });
      outcome = handle({ payload: result.data?.proposeTermChange, error: result.error }, options);
    } else {
      const input = { proposalId: state.proposal.id, version: state.proposal.version, content, reason };
      const result = await revise({ input });
      outcome = handle({ payload: result.data?.reviseProposal, error: result.error }, options);
      if (outcome && isDraftRevision && !asDraft) {
        const sent = await submitProposal({ input: { proposalId: state.proposal.id } });
        outcome = handle({ payload: sent.data?.submitProposal, error: sent.error }, options);
      }
    }
    setBusy(null);
    if (!outcome) return;
    onClose();
    navigate(`/glossary/terms/${outcome.term.id}`);
    if (state.mode === 'revise' && !isDraftRevision)
      void message.success(t('toast.revised', { name: outcome.term.name }));
    else await feedback(outcome);
  };

  const title = !state
    ? ''
    : state.mode === 'create'
      ? state.parent
        ? t('editor.createUnderTitle', { parent: state.parent.name })
        : t('editor.createTitle', { glossary: state.glossary.name })
      : state.mode === 'change'
        ? t('editor.changeTitle', { name: state.term.name })
        : t('editor.reviseTitle', { name: state.term.name });

  const ruleText = passesAtOnce
    ? t('editor.rulePassesAtOnce')
    : reviewers.length === 0
      ? state?.mode === 'create'
        ? t('editor.ruleCreateNoGlossaryReviewers')
        : t('editor.ruleNoReviewers')
      : state?.mode === 'create'
        ? t('editor.ruleCreate', { reviewers: reviewerNames, count: reviewers.length })
        : t('editor.ruleChange', { reviewers: reviewerNames, count: reviewers.length });

  const footer = (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
      {state?.mode !== 'revise' || isDraftRevision ? (
        <Button onClick={() => void submit(true)} loading={busy === 'draft'} disabled={busy === 'send'}>
          {isDraftRevision ? t('editor.saveDraftChanges') : t('editor.saveDraft')}
        </Button>
      ) : null}
      <Button type="primary" onClick={() => void submit(false)} loading={busy === 'send'} disabled={busy === 'draft'}>
        {state?.mode === 'revise' && !isDraftRevision
          ? t('editor.saveRevision')
          : passesAtOnce
            ? t('editor.sendAndApprove')
            : t('editor.send')}
      </Button>
    </Flex>
  );

  return (
    <Drawer
      open={Boolean(state)}
      title={title}
      size={820}
      onClose={onClose}
      footer={footer}
      destroyOnHidden
      mask={{ closable: false }}
      className="term-editor"
    >
      {state ? (
        <Form<TermFormValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          name="term-editor"
          initialValues={{
            ...formValuesOf(source, state.mode === 'create' ? state.parent?.id : undefined),
            reason: state.mode === 'revise' ? (state.proposal.reason ?? undefined) : undefined,
          }}
        >
          <Alert type={passesAtOnce ? 'success' : 'info'} showIcon title={ruleText} className="editor-rule" />
          {problem ? (
            <Alert type="error" showIcon title={problem} className="editor-rule" data-testid="editor-problem" />
          ) : null}
          <TermEditorFields
            glossaryId={state.glossary.id}
            termId={state.mode === 'create' ? undefined : state.term.id}
            knownPeople={known.people}
            knownTerms={state.mode === 'create' && state.parent ? [state.parent] : known.terms}
            defaultReviewersText={
              state.glossary.reviewers.length
                ? t('editor.reviewersHelpGlossary', {
                    reviewers: listOfNames(
                      state.glossary.reviewers.map((person) => person.name),
                      i18n.language,
                    ),
                  })
                : t('editor.reviewersHelpDomain')
            }
          />
          <div className="editor-section">
            <Typography.Title level={5} className="editor-section-title">
              {t('editor.sectionWhy')}
            </Typography.Title>
          </div>
          <Form.Item name="reason" label={t('editor.reason')} extra={t('editor.reasonHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      ) : null}
    </Drawer>
  );
}
