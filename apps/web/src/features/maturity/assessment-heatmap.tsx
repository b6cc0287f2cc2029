import { Card, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import {
  type AssessmentDetail,
  formatScore,
  levelNumbers,
  levelTone,
  type MaturityModelDefinition,
  SideTag,
} from './maturity-shared';

/**
 * Each respondent's current level per category, coloured by level: where the business and IT see
 * things differently shows at a glance.
 */
export function AssessmentHeatmap({
  assessment,
  model,
}: {
  assessment: AssessmentDetail;
  model: MaturityModelDefinition;
}) {
  const { t, i18n } = useTranslation('maturity');
  const categories = model.categories.filter((category) => assessment.categories.includes(category.key));
  const respondents = assessment.results.respondents;
  const levelName = new Map(model.levels.map((level) => [level.level, level.name]));

  return (
    <Card title={t('heatmap.title')} className="maturity-card" data-testid="maturity-heatmap">
      <Typography.Paragraph type="secondary">{t('heatmap.intro')}</Typography.Paragraph>
      {respondents.length === 0 ? (
        <EmptyState description={t('heatmap.empty')} />
      ) : (
        <div className="maturity-heatmap-scroll">
          <table className="maturity-heatmap">
            <caption className="sr-only">{t('heatmap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heatmap.respondent')}</th>
                {categories.map((category) => (
                  <th key={category.key} scope="col" className="maturity-heatmap-category">
                    <Tooltip title={category.name}>
                      <span>
                        <span className="maturity-heatmap-number">{category.number}</span>
                        <span className="maturity-heatmap-name">{category.name}</span>
                      </span>
                    </Tooltip>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {respondents.map((respondent) => {
                const scoreOf = new Map(respondent.categories.map((cell) => [cell.category, cell.current]));
                return (
                  <tr key={respondent.person.id}>
                    <th scope="row" className="maturity-heatmap-person">
                      <Flex gap={6} align="center" justify="space-between">
                        <span>{respondent.person.name}</span>
                        <SideTag side={respondent.side} />
                      </Flex>
                    </th>
                    {categories.map((category) => {
                      const value = scoreOf.get(category.key) ?? null;
                      const tone = levelTone(value);
                      return (
                        <td
                          key={category.key}
                          className="maturity-heatmap-cell"
                          style={tone ? { background: tone.background } : undefined}
                          aria-label={t('heatmap.cell', {
                            name: respondent.person.name,
                            category: category.name,
                            score: formatScore(value, i18n.language),
                          })}
                        >
                          {formatScore(value, i18n.language)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Flex gap={12} wrap className="maturity-heatmap-legend" aria-label={t('heatmap.legend')}>
        {levelNumbers.map((level) => (
          <Flex key={level} gap={6} align="center">
            <span className="maturity-heatmap-swatch" style={levelTone(level) ?? undefined} aria-hidden />
            <Typography.Text type="secondary">
              {t('levelLabel', { level, name: levelName.get(level) ?? '' })}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
