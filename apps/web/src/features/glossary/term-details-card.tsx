import { LinkOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { safeHref } from '../../components/markdown/markdown-inline';
import { PersonAvatar } from '../../components/person-avatar';
import type { TermQuery } from '../../gql/graphql';
import { type PersonRef, reviewerSourceOf } from './reviewers';
import { CdeTag } from './term-tags';

type Term = NonNullable<TermQuery['glossaryTerm']>;

function PersonLink({ person }: { person: PersonRef }) {
  return (
    <Flex gap={8} align="center" className="term-person">
      <PersonAvatar name={person.name} size="small" />
      <Link to={`/people/${person.id}`}>{person.name}</Link>
    </Flex>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}

/** Where the term belongs and how it is governed. */
export function TermDetailsCard({ term }: { term: Term }) {
  const { t } = useTranslation('glossary');
  return (
    <Card title={t('term.details')} className="stacked-card" data-testid="term-details">
      <Descriptions column={1} size="small" colon={false} className="term-descriptions">
        <Descriptions.Item label={t('term.glossary')}>
          <Link to={`/glossary?g=${term.glossary.id}`}>{term.glossary.name}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.domainId')}>
          {term.domain ? (
            <Link to={`/domains/${term.domain.id}`}>{term.domain.name}</Link>
          ) : (
            <Missing>{t('term.noDomain')}</Missing>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.parentId')}>
          {term.parent ? (
            <Link to={`/glossary/terms/${term.parent.id}`}>{term.parent.name}</Link>
          ) : (
            <Missing>{t('term.topLevel')}</Missing>
          )}
        </Descriptions.Item>
        {term.abbreviation ? (
          <Descriptions.Item label={t('field.abbreviation')}>{term.abbreviation}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('field.classification')}>
          <Tooltip title={t(`classificationHint.${term.classification}`)}>
            <span>{t(`classification.${term.classification}`)}</span>
          </Tooltip>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.criticalDataElement')}>
          {term.criticalDataElement ? <CdeTag /> : <Missing>{t('changes.no')}</Missing>}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.tags')}>
          {term.tags.length ? (
            term.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
          ) : (
            <Missing>{t('changes.none')}</Missing>
          )}
        </Descriptions.Item>
      </Descriptions>
      {term.externalReferences.length ? (
        <div className="term-references">
          <Typography.Text type="secondary">{t('field.externalReferences')}</Typography.Text>
          <ul>
            {term.externalReferences.map((reference) => (
              <li key={`${reference.label}-${reference.url}`}>
                <LinkOutlined aria-hidden />{' '}
                <a href={safeHref(reference.url)} target="_blank" rel="noopener noreferrer nofollow">
                  {reference.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

/** Who answers for the term and who decides its changes (the server's `effectiveReviewers`). */
export function TermPeopleCard({ term }: { term: Term }) {
  const { t } = useTranslation('glossary');
  const reviewers = term.effectiveReviewers;
  const source = reviewerSourceOf(reviewers, term.reviewers, term.glossary.reviewers);
  return (
    <Card title={t('term.people')} className="stacked-card" data-testid="term-people">
      <Descriptions column={1} size="small" colon={false} className="term-descriptions">
        <Descriptions.Item label={t('field.ownerId')}>
          {term.owner ? <PersonLink person={term.owner} /> : <Missing>{t('term.nobody')}</Missing>}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.stewardId')}>
          {term.steward ? <PersonLink person={term.steward} /> : <Missing>{t('term.nobody')}</Missing>}
        </Descriptions.Item>
        <Descriptions.Item label={t('term.reviewedBy')}>
          <Flex vertical gap={6} data-testid="term-reviewers">
            {reviewers.map((person) => (
              <PersonLink key={person.id} person={person} />
            ))}
            {source === 'other' ? null : (
              <Typography.Text type="secondary" className="reviewer-source">
                {t(`term.reviewerSource.${source}`)}
              </Typography.Text>
            )}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
