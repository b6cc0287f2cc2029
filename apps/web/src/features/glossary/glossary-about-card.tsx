import { CheckCircleOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import type { GlossariesQuery } from '../../gql/graphql';

type Glossary = GlossariesQuery['glossaries'][number];

function People({ people, empty }: { people: Glossary['owners']; empty: string }) {
  if (people.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={6}>
      {people.map((person) => (
        <Flex key={person.id} gap={8} align="center">
          <PersonAvatar name={person.name} size="small" />
          <Link to={`/people/${person.id}`}>{person.name}</Link>
          {person.title ? (
            <Typography.Text type="secondary" ellipsis className="about-person-title">
              {person.title}
            </Typography.Text>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

/** A glossary's purpose, owners, reviewers and approval rule, in plain words. */
export function GlossaryAboutCard({ glossary, onEdit }: { glossary: Glossary; onEdit?: () => void }) {
  const { t } = useTranslation('glossary');
  return (
    <Card
      title={t('about.title')}
      className="stacked-card glossary-about"
      extra={
        onEdit ? (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
            {t('about.edit')}
          </Button>
        ) : null
      }
      data-testid="glossary-about"
    >
      <Typography.Paragraph>{glossary.description ?? t('about.noDescription')}</Typography.Paragraph>
      <div className="about-block">
        <Typography.Text type="secondary" className="about-label">
          {t('about.owners')}
        </Typography.Text>
        <People people={glossary.owners} empty={t('about.noOwners')} />
      </div>
      <div className="about-block">
        <Typography.Text type="secondary" className="about-label">
          {t('about.reviewers')}
        </Typography.Text>
        <People people={glossary.reviewers} empty={t('about.noReviewers')} />
      </div>
      <div className="about-rule">
        {glossary.reviewerEditsNeedSecondReviewer ? (
          <TeamOutlined aria-hidden className="about-rule-icon" />
        ) : (
          <CheckCircleOutlined aria-hidden className="about-rule-icon" />
        )}
        <Typography.Text>
          {glossary.reviewerEditsNeedSecondReviewer ? t('about.ruleSecondReviewer') : t('about.ruleSelfApproval')}
        </Typography.Text>
      </div>
    </Card>
  );
}
