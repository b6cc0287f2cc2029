import { WarningOutlined } from '@ant-design/icons';
import { Col, Flex, Form, Input, Row, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AssessmentDetail, formatScore, type MaturityModelDefinition } from './maturity-shared';

type Question = AssessmentDetail['questions'][number];
type QuestionResult = AssessmentDetail['results']['questions'][number];

interface ConsensusQuestionRowProps {
  question: Question;
  result: QuestionResult | undefined;
  levels: MaturityModelDefinition['levels'];
}

/**
 * One question in the workshop: what the respondents said (median, spread, mean target) and the
 * levels the group agrees on, with a comment the server asks for when the agreed level is far
 * from the answers.
 */
export function ConsensusQuestionRow({ question, result, levels }: ConsensusQuestionRowProps) {
  const { t, i18n } = useTranslation('maturity');
  const options = levels.map((level) => ({
    value: level.level,
    label: t('levelLabel', { level: level.level, name: level.name }),
  }));
  const answers = result?.respondents ?? 0;

  return (
    <div className="maturity-consensus-row" data-testid={`consensus-${question.key}`}>
      <Flex gap={8} align="baseline">
        <Typography.Text strong className="maturity-question-key">
          {question.key}
        </Typography.Text>
        <Typography.Text className="maturity-question-text">{question.text}</Typography.Text>
        {question.custom ? <Tag variant="filled">{t('questionnaire.custom')}</Tag> : null}
      </Flex>
      <Flex gap={16} wrap className="maturity-consensus-stats">
        {answers === 0 ? (
          <Typography.Text type="warning">{t('consensus.noAnswers')}</Typography.Text>
        ) : (
          <>
            <Typography.Text type="secondary">{t('consensus.answers', { count: answers })}</Typography.Text>
            <Typography.Text type="secondary">
              {t('consensus.median', { value: formatScore(result?.median, i18n.language) })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('consensus.spread', { value: result?.spread ?? 0 })}</Typography.Text>
            <Typography.Text type="secondary">
              {t('consensus.meanTarget', { value: formatScore(result?.meanTarget, i18n.language) })}
            </Typography.Text>
            {result?.hasDisagreement ? (
              <Tooltip title={t('consensus.disagreementHelp')}>
                <Tag color="warning" icon={<WarningOutlined aria-hidden />}>
                  {t('consensus.disagreement')}
                </Tag>
              </Tooltip>
            ) : null}
          </>
        )}
      </Flex>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name={['consensus', question.key, 'current']} label={t('consensus.agreedCurrent')}>
            <Select
              options={options}
              placeholder={t('consensus.choose')}
              aria-label={t('consensus.agreedCurrentFor', { key: question.key })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['consensus', question.key, 'target']} label={t('consensus.agreedTarget')}>
            <Select
              options={options}
              placeholder={t('consensus.choose')}
              aria-label={t('consensus.agreedTargetFor', { key: question.key })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['consensus', question.key, 'comment']}
            label={t('consensus.comment')}
            extra={result?.needsComment ? t('consensus.commentNeeded') : undefined}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              aria-label={t('consensus.commentFor', { key: question.key })}
            />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
