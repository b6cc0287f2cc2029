import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Progress, Row, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import type { MaturityQuestionnaireQuery } from '../../gql/graphql';
import { SaveAnswersMutation } from './maturity.graphql';
import type { MaturityModelDefinition } from './maturity-shared';
import { QuestionnaireCategory } from './questionnaire-category';

type Assessment = NonNullable<MaturityQuestionnaireQuery['assessment']>;

export interface AnswerValues {
  current?: number | null;
  target?: number | null;
  comment?: string | null;
  evidenceUrl?: string | null;
}
type Values = { answers: Record<string, AnswerValues> };

const answerFields = ['questionKey', 'current', 'target', 'comment', 'evidenceUrl'] as const;

interface QuestionnaireFormProps {
  assessment: Assessment;
  model: MaturityModelDefinition;
  alreadySubmitted: boolean;
  onSubmitted: () => void;
}

/** The questionnaire itself: categories as steps, answers kept across steps, saved together. */
export function QuestionnaireForm({ assessment, model, alreadySubmitted, onSubmitted }: QuestionnaireFormProps) {
  const { t } = useTranslation(['maturity', 'common']);
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const [{ fetching: saving }, save] = useMutation(SaveAnswersMutation);
  // The category on screen is in the address, so a reload or a shared link opens the same one.
  const [searchParams, setSearchParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const categories = model.categories.filter((category) => assessment.categories.includes(category.key));
  const step = Math.max(
    categories.findIndex((category) => category.key === searchParams.get('category')),
    0,
  );
  const setStep = (index: number) => setSearchParams({ category: categories[index]?.key ?? '' }, { replace: true });
  const saved = useRef(new Set(assessment.myAnswers.map((answer) => answer.questionKey)));

  // The form's starting values only: later refetches must not reset what is being typed.
  const [initialValues] = useState<Values>(() => ({
    answers: Object.fromEntries(
      assessment.myAnswers.map((answer) => [
        answer.questionKey,
        {
          current: answer.current,
          target: answer.target,
          comment: answer.comment,
          evidenceUrl: answer.evidenceUrl,
        },
      ]),
    ),
  }));
  const watched = Form.useWatch('answers', { form, preserve: true }) as Values['answers'] | undefined;
  const answers = watched ?? initialValues.answers;
  const answeredIn = (category: string) =>
    assessment.questions.filter((question) => question.category === category && answers[question.key]?.current).length;
  const totalAnswered = assessment.questions.filter((question) => answers[question.key]?.current).length;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('questionnaire.leaveTitle'),
      content: t('questionnaire.leaveBody'),
      okText: t('questionnaire.leave'),
      okButtonProps: { danger: true },
      cancelText: t('questionnaire.stay'),
      onOk: () => blockerRef.current.proceed?.(),
      onCancel: () => blockerRef.current.reset?.(),
    });
  }, [blocker.state, modal, t]);

  /** Saves every answer given so far (and clears those emptied since); true when it worked. */
  const saveAll = async (submit: boolean): Promise<boolean> => {
    setProblems([]);
    const values = (form.getFieldsValue(true) as Values).answers ?? {};
    const sent = assessment.questions.flatMap((question) => {
      const answer = values[question.key] ?? {};
      const given = answer.current || answer.target || answer.comment?.trim() || answer.evidenceUrl?.trim();
      if (!given && !saved.current.has(question.key)) return [];
      return [
        {
          questionKey: question.key,
          current: answer.current ?? null,
          target: answer.target ?? null,
          comment: answer.comment?.trim() || null,
          evidenceUrl: answer.evidenceUrl?.trim() || null,
        },
      ];
    });
    // The server names a field by the answer's place in the list: point it back at the question.
    const fieldNames = Object.fromEntries(
      sent.flatMap((answer, index) =>
        answerFields.map((field) => [
          `answers.${index}.${field}`,
          ['answers', answer.questionKey, field === 'questionKey' ? 'current' : field],
        ]),
      ),
    );
    const outcome = await save({ assessmentId: assessment.id, answers: sent, submit });
    const result = handle(
      { payload: outcome.data?.saveAnswers, error: outcome.error },
      { form, fieldNames, onProblem: (text) => setProblems((previous) => [...previous, text]) },
    );
    if (!result) {
      const first = form.getFieldsError().find((entry) => entry.errors.length > 0);
      const key = first ? String(first.name[1]) : null;
      const category = assessment.questions.find((question) => question.key === key)?.category;
      const index = categories.findIndex((item) => item.key === category);
      if (index >= 0) setStep(index);
      return false;
    }
    saved.current = new Set(result.myAnswers.map((answer) => answer.questionKey));
    setDirty(false);
    return true;
  };

  const last = step === categories.length - 1;
  const goTo = (index: number) => {
    setStep(index);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  const onSave = async () => {
    if (await saveAll(false)) void message.success(t('questionnaire.saved'));
  };
  const onSaveAndNext = async () => {
    if (await saveAll(false)) goTo(step + 1);
  };
  const onSubmit = () =>
    modal.confirm({
      title: t('questionnaire.submitTitle'),
      content: t('questionnaire.submitBody', { answered: totalAnswered, total: assessment.questions.length }),
      okText: t('questionnaire.submit'),
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        if (await saveAll(true)) onSubmitted();
      },
    });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={() => setDirty(true)}
      className="maturity-questionnaire"
      data-testid="maturity-questionnaire"
    >
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={7} xxl={6}>
          <Card size="small" className="maturity-card maturity-questionnaire-nav">
            <Typography.Text strong>
              {t('questionnaire.progress', { answered: totalAnswered, total: assessment.questions.length })}
            </Typography.Text>
            <Progress
              percent={Math.round((totalAnswered / Math.max(assessment.questions.length, 1)) * 100)}
              size="small"
              showInfo={false}
              aria-hidden
            />
            <Steps
              orientation="vertical"
              size="small"
              current={step}
              onChange={goTo}
              className="maturity-questionnaire-steps"
              items={categories.map((category) => {
                const count = assessment.questions.filter((question) => question.category === category.key).length;
                const answered = answeredIn(category.key);
                return {
                  title: t('categoryNumbered', { number: category.number, name: category.name }),
                  content: t('questionnaire.answeredIn', { answered, total: count }),
                  status:
                    answered === count && count > 0
                      ? 'finish'
                      : step === categories.indexOf(category)
                        ? 'process'
                        : 'wait',
                };
              })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17} xxl={18}>
          {alreadySubmitted ? (
            <Alert type="success" showIcon className="maturity-banner" title={t('questionnaire.alreadySubmitted')} />
          ) : null}
          {problems.length > 0 ? (
            <Alert
              type="error"
              showIcon
              className="maturity-banner"
              title={t('questionnaire.problems')}
              description={problems.join(' ')}
            />
          ) : null}
          {categories.map((category, index) => (
            <div key={category.key} hidden={index !== step}>
              <QuestionnaireCategory
                category={category}
                questions={assessment.questions.filter((question) => question.category === category.key)}
                levels={model.levels}
                position={{ index, total: categories.length }}
              />
            </div>
          ))}
          <Flex justify="space-between" gap={8} wrap className="maturity-questionnaire-footer">
            <Button onClick={() => goTo(step - 1)} disabled={step === 0}>
              {t('common:actions.previous')}
            </Button>
            <Flex gap={8} wrap align="center">
              {dirty ? <Typography.Text type="secondary">{t('questionnaire.unsaved')}</Typography.Text> : null}
              <Button icon={<SaveOutlined aria-hidden />} loading={saving} onClick={onSave}>
                {t('questionnaire.save')}
              </Button>
              {last ? (
                <Button type="primary" icon={<SendOutlined aria-hidden />} loading={saving} onClick={onSubmit}>
                  {t('questionnaire.submit')}
                </Button>
              ) : (
                <Button type="primary" loading={saving} onClick={onSaveAndNext}>
                  {t('questionnaire.saveAndNext')}
                </Button>
              )}
            </Flex>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
