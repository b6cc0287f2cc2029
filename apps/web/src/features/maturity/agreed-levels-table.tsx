import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AssessmentDetail, formatScore, type MaturityModelDefinition } from './maturity-shared';

type Question = AssessmentDetail['questions'][number];

/** The levels the workshop agreed for every question, as the assessment closed with them. */
export function AgreedLevelsTable({
  assessment,
  model,
}: {
  assessment: AssessmentDetail;
  model: MaturityModelDefinition;
}) {
  const { t, i18n } = useTranslation('maturity');
  const resultOf = new Map(assessment.results.questions.map((result) => [result.key, result]));
  const levelName = new Map(model.levels.map((level) => [level.level, level.name]));
  const categoryName = new Map(model.categories.map((category) => [category.key, category.name]));
  const level = (value: number | null | undefined) =>
    value ? (
      <span className="maturity-nowrap">{t('levelLabel', { level: value, name: levelName.get(value) ?? '' })}</span>
    ) : (
      '–'
    );

  const columns = [
    {
      key: 'question',
      title: t('agreed.columns.question'),
      render: (row: Question) => (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary">
            {row.key} · {categoryName.get(row.category) ?? row.category}
          </Typography.Text>
          <span>{row.text}</span>
        </Flex>
      ),
    },
    {
      key: 'current',
      title: t('agreed.columns.current'),
      render: (row: Question) => level(resultOf.get(row.key)?.consensusCurrent),
    },
    {
      key: 'target',
      title: t('agreed.columns.target'),
      render: (row: Question) => level(resultOf.get(row.key)?.consensusTarget),
    },
    {
      key: 'median',
      title: t('agreed.columns.median'),
      render: (row: Question) => formatScore(resultOf.get(row.key)?.median, i18n.language),
    },
    {
      key: 'comment',
      title: t('agreed.columns.comment'),
      render: (row: Question) =>
        resultOf.get(row.key)?.consensusComment ?? <Typography.Text type="secondary">–</Typography.Text>,
    },
  ];

  return (
    <Card title={t('agreed.title')} className="maturity-card" styles={{ body: { padding: 0 } }}>
      <Typography.Paragraph type="secondary" className="maturity-card-intro">
        {t('agreed.intro')}
      </Typography.Paragraph>
      <Table<Question>
        rowKey="key"
        columns={columns}
        dataSource={assessment.questions}
        pagination={false}
        size="middle"
        data-testid="agreed-levels-table"
      />
    </Card>
  );
}
