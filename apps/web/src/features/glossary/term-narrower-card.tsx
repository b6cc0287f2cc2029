import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NarrowerTermsQuery } from './term.graphql';
import { TermStatusTag } from './term-tags';

const PAGE = 25;

interface TermNarrowerCardProps {
  termId: string;
  childCount: number;
  /** Offered to those who may propose terms: a new term under this one. */
  onAddNarrower?: () => void;
}

/** The terms directly under this one, a page at a time. */
export function TermNarrowerCard({ termId, childCount, onAddNarrower }: TermNarrowerCardProps) {
  const { t } = useTranslation('glossary');
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching }] = useQuery({
    query: NarrowerTermsQuery,
    variables: { parentId: termId, first: Math.min(first, 100) },
    pause: childCount === 0,
  });
  const terms = data?.glossaryTerms.nodes ?? [];
  const total = data?.glossaryTerms.totalCount ?? childCount;

  return (
    <Card
      title={t('term.narrower', { count: total })}
      className="stacked-card"
      data-testid="term-narrower"
      extra={
        onAddNarrower ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onAddNarrower}>
            {t('term.addNarrower')}
          </Button>
        ) : null
      }
    >
      {childCount === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('term.noNarrower')} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : (
        <>
          <ul className="narrower-list">
            {terms.map((term) => (
              <li key={term.id} className="narrower-item">
                <Link to={`/glossary/terms/${term.id}`}>{term.name}</Link>
                <TermStatusTag status={term.status} hideApproved />
              </li>
            ))}
          </ul>
          {data?.glossaryTerms.pageInfo.hasNextPage && first < 100 ? (
            <Flex justify="center">
              <Button size="small" onClick={() => setFirst(first + PAGE)} loading={fetching}>
                {t('tree.loadMore', { count: total - terms.length })}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Card>
  );
}
