import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { AgreedLevelsTable } from './agreed-levels-table';
import { ConsensusQuestionRow } from './consensus-question-row';
import { CloseAssessmentMutation } from './maturity.graphql';
import type { AssessmentDetail, MaturityModelDefinition } from './maturity-shared';

interface AgreedValues {
  current?: number | null;
  target?: number | null;
  comment?: string | null;
}
type Values = { consensus: Record<string, AgreedValues> };

/** A level from a summary statistic, as the form's starting suggestion (the facilitator decides). */
const suggestLevel = (value: number | null | undefined) =>
  value === null || value === undefined ? undefined : Math.min(Math.max(Math.round(value), 1), 5);

interface ConsensusCardProps {
  assessment: AssessmentDetail;
  model: MaturityModelDefinition;
  onReload: () => void;
}

/**
 * The facilitator's workshop: per question, what the respondents said and the levels agreed; closing
 * sends them all. Once closed, the agreed levels are shown read-only.
 */
export function AssessmentConsensusCard({ assessment, model, onReload }: ConsensusCardProps) {
  const { t } = useTranslation(['maturity', 'common']);
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [, setSearchParams] = useSearchParams();
  const [{ fetching }, close] = useMutation(CloseAssessmentMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const resultOf = new Map(assessment.results.questions.map((result) => [result.key, result]));
  const editable = assessment.status === 'open' && assessment.abilities.facilitate;

  // The form's starting values only: later refetches must not reset what is being typed.
  const [initialValues] = useState<Values>(() => ({
    consensus: Object.fromEntries(
      assessment.results.questions.map((result) => [
        result.key,
        {
          current: result.consensusCurrent ?? suggestLevel(result.median),
          target: result.consensusTarget ?? suggestLevel(result.meanTarget),
          comment: result.consensusComment ?? undefined,
        },
      ]),
    ),
  }));

  if (!editable) return <AgreedLevelsTable assessment={assessment} model={model} />;

  const submit = async () => {
    setProblems([]);
    const values = form.getFieldsValue(true) as Values;
    const consensus = assessment.questions.flatMap((question) => {
      const agreed = values.consensus?.[question.key];
      if (!agreed?.current || !agreed.target) return [];
      return [
        {
          questionKey: question.key,
          current: agreed.current,
          target: agreed.target,
          comment: agreed.comment?.trim() || null,
        },
      ];
    });
    const outcome = await close({ id: assessment.id, version: assessment.version, consensus });
    // A question without both levels is reported on the question itself: put it on its current level.
    const fieldNames = Object.fromEntries(
      assessment.questions.map((question) => [`consensus.${question.key}`, ['consensus', question.key, 'current']]),
    );
    const closed = handle(
      { payload: outcome.data?.closeAssessment, error: outcome.error },
      {
        form,
        fieldNames,
        onReload,
        onProblem: (text) => setProblems((previous) => [...previous, text]),
        successMessage: t('consensus.closed'),
      },
    );
    if (closed) {
      setSearchParams({ tab: 'results' }, { replace: true });
      return;
    }
    const first = form.getFieldsError().find((entry) => entry.errors.length > 0);
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  const confirmClose = () =>
    modal.confirm({
      title: t('consensus.confirmTitle'),
      content: t('consensus.confirmBody'),
      okText: t('consensus.close'),
      cancelText: t('common:actions.cancel'),
      onOk: submit,
    });

  const closeButton = (
    <Button type="primary" icon={<LockOutlined aria-hidden />} loading={fetching} onClick={confirmClose}>
      {t('consensus.close')}
    </Button>
  );
  const categories = model.categories.filter((category) => assessment.categories.includes(category.key));

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} className="maturity-consensus-form">
      <Card title={t('consensus.title')} extra={closeButton} className="maturity-card">
        <Typography.Paragraph type="secondary">{t('consensus.intro')}</Typography.Paragraph>
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t('consensus.problems')}
            description={
              <ul className="maturity-problem-list">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Card>
      {categories.map((category) => (
        <Card
          key={category.key}
          title={t('categoryNumbered', { number: category.number, name: category.name })}
          className="maturity-card maturity-consensus-category"
          size="small"
        >
          {assessment.questions
            .filter((question) => question.category === category.key)
            .map((question) => (
              <ConsensusQuestionRow
                key={question.key}
                question={question}
                result={resultOf.get(question.key)}
                levels={model.levels}
              />
            ))}
        </Card>
      ))}
      <Flex justify="flex-end" className="maturity-consensus-footer">
        {closeButton}
      </Flex>
    </Form>
  );
}
