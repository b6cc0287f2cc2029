import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/markdown/markdown';

interface TermDefinitionCardProps {
  term: {
    definition: string;
    synonyms: readonly string[];
    examples?: string | null;
    validValues?: string | null;
    businessRules?: string | null;
    approvedRevision: number;
  };
}

function Section({ title, source }: { title: string; source: string | null | undefined }) {
  if (!source?.trim()) return null;
  return (
    <section className="term-section">
      <Typography.Title level={5} className="term-section-title">
        {title}
      </Typography.Title>
      <Markdown source={source} />
    </section>
  );
}

/** The words of the term: definition first, then synonyms, examples, valid values and rules. */
export function TermDefinitionCard({ term }: TermDefinitionCardProps) {
  const { t } = useTranslation('glossary');
  return (
    <Card
      title={t('term.definition')}
      className="stacked-card term-definition-card"
      extra={
        term.approvedRevision > 0 ? (
          <Typography.Text type="secondary">
            {t('term.approvedRevision', { revision: term.approvedRevision })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('term.notApprovedYet')}</Typography.Text>
        )
      }
    >
      <div data-testid="term-definition">
        <Markdown source={term.definition} className="term-definition" />
      </div>
      {term.synonyms.length ? (
        <section className="term-section">
          <Typography.Title level={5} className="term-section-title">
            {t('field.synonyms')}
          </Typography.Title>
          <div className="term-synonyms">
            {term.synonyms.map((synonym) => (
              <Tag key={synonym} className="synonym-tag">
                {synonym}
              </Tag>
            ))}
          </div>
        </section>
      ) : null}
      <Section title={t('field.examples')} source={term.examples} />
      <Section title={t('field.validValues')} source={term.validValues} />
      <Section title={t('field.businessRules')} source={term.businessRules} />
    </Card>
  );
}
