import { ArrowRightOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Markdown } from '../../components/markdown/markdown';
import { TermPreviewQuery } from './glossary.graphql';
import { CdeTag, PendingChangeTag, TermStatusTag } from './term-tags';

/** The term picked in the tree, at a glance, with the way to its page. */
export function TermPreviewCard({ termId, onClose }: { termId: string; onClose: () => void }) {
  const { t } = useTranslation('glossary');
  const [{ data, fetching }] = useQuery({ query: TermPreviewQuery, variables: { id: termId } });
  const term = data?.glossaryTerm;

  return (
    <Card
      className="stacked-card term-preview"
      data-testid="term-preview"
      title={
        term ? (
          <Link to={`/glossary/terms/${term.id}`} className="term-preview-title">
            {term.name}
          </Link>
        ) : (
          t('preview.loading')
        )
      }
      extra={
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined aria-hidden />}
          aria-label={t('preview.close')}
          onClick={onClose}
        />
      }
    >
      {fetching && !term ? (
        <Skeleton active paragraph={{ rows: 4 }} title={false} />
      ) : !term ? (
        <Typography.Text type="secondary">{t('term.notFound')}</Typography.Text>
      ) : (
        <>
          <Flex gap={6} wrap className="term-preview-tags">
            <TermStatusTag status={term.status} />
            {term.criticalDataElement ? <CdeTag /> : null}
            {term.openProposal && term.status === 'approved' ? (
              <PendingChangeTag status={term.openProposal.status} />
            ) : null}
          </Flex>
          <div className="term-preview-definition">
            <Markdown source={term.definition} />
          </div>
          <Descriptions column={1} size="small" colon={false} className="term-descriptions">
            {term.synonyms.length ? (
              <Descriptions.Item label={t('field.synonyms')}>{term.synonyms.join(', ')}</Descriptions.Item>
            ) : null}
            {term.abbreviation ? (
              <Descriptions.Item label={t('field.abbreviation')}>{term.abbreviation}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('field.domainId')}>
              {term.domain?.name ?? <Typography.Text type="secondary">{t('term.noDomain')}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('field.stewardId')}>
              {term.steward?.name ?? <Typography.Text type="secondary">{t('term.nobody')}</Typography.Text>}
            </Descriptions.Item>
            {term.childCount ? (
              <Descriptions.Item label={t('preview.narrower')}>
                {t('preview.narrowerCount', { count: term.childCount })}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Link to={`/glossary/terms/${term.id}`}>
            <Button type="primary" block icon={<ArrowRightOutlined aria-hidden />} iconPlacement="end">
              {t('preview.open')}
            </Button>
          </Link>
        </>
      )}
    </Card>
  );
}
