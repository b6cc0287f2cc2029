import { Card, Col, Flex, Form, Input, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityQuestionnaireQuery } from '../../gql/graphql';
import { LevelPicker } from './level-picker';
import type { MaturityModelDefinition } from './maturity-shared';

type Question = NonNullable<MaturityQuestionnaireQuery['assessment']>['questions'][number];

interface QuestionnaireCategoryProps {
  category: MaturityModelDefinition['categories'][number];
  questions: Question[];
  levels: MaturityModelDefinition['levels'];
  position: { index: number; total: number };
}

/** One category of the questionnaire: what levels 1, 3 and 5 look like, then each question's answer. */
export function QuestionnaireCategory({ category, questions, levels, position }: QuestionnaireCategoryProps) {
  const { t } = useTranslation('maturity');

  return (
    <Card
      className="maturity-card"
      title={
        <Flex vertical gap={0} className="maturity-questionnaire-title">
          <Typography.Text type="secondary" className="maturity-step-of">
            {t('questionnaire.stepOf', { index: position.index + 1, total: position.total })}
          </Typography.Text>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('categoryNumbered', { number: category.number, name: category.name })}
          </Typography.Title>
        </Flex>
      }
    >
      <Typography.Paragraph>{category.description}</Typography.Paragraph>
      <Row gutter={[12, 12]} className="maturity-level-texts" role="list" aria-label={t('questionnaire.levelTexts')}>
        {category.levels.map((level) => (
          <Col key={level.level} xs={24} md={8} role="listitem">
            <div className="maturity-level-text">
              <Typography.Text strong>
                {t('levelLabel', {
                  level: level.level,
                  name: levels.find((item) => item.level === level.level)?.name ?? '',
                })}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {level.text}
              </Typography.Paragraph>
            </div>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" className="maturity-level-names">
        {t('questionnaire.scale')}{' '}
        {levels.map((level) => t('levelLabel', { level: level.level, name: level.name })).join(' · ')}
      </Typography.Paragraph>

      {questions.map((question) => (
        <section
          key={question.key}
          className="maturity-question"
          aria-labelledby={`question-${question.key}`}
          data-testid={`question-${question.key}`}
        >
          <Flex gap={8} align="baseline">
            <Typography.Text strong className="maturity-question-key">
              {question.key}
            </Typography.Text>
            <Typography.Text strong id={`question-${question.key}`} className="maturity-question-text">
              {question.text}
            </Typography.Text>
            {question.custom ? <Tag variant="filled">{t('questionnaire.custom')}</Tag> : null}
          </Flex>
          <Row gutter={[24, 0]} className="maturity-question-levels">
            <Col xs={24} md={12}>
              <Form.Item name={['answers', question.key, 'current']} label={t('questionnaire.current')}>
                <LevelPicker
                  levels={levels}
                  label={t('questionnaire.currentFor', { key: question.key })}
                  testId={`answer-${question.key}-current`}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['answers', question.key, 'target']} label={t('questionnaire.target')}>
                <LevelPicker
                  levels={levels}
                  label={t('questionnaire.targetFor', { key: question.key })}
                  testId={`answer-${question.key}-target`}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={[24, 0]}>
            <Col xs={24} md={12}>
              <Form.Item name={['answers', question.key, 'comment']} label={t('questionnaire.comment')}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 5 }}
                  maxLength={2000}
                  aria-label={t('questionnaire.commentFor', { key: question.key })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['answers', question.key, 'evidenceUrl']} label={t('questionnaire.evidence')}>
                <Input
                  type="url"
                  placeholder="https://"
                  maxLength={2000}
                  aria-label={t('questionnaire.evidenceFor', { key: question.key })}
                />
              </Form.Item>
            </Col>
          </Row>
        </section>
      ))}
    </Card>
  );
}
