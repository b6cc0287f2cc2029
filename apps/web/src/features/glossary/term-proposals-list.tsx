import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ProposalItem } from './proposal-item';
import { TermProposalsQuery } from './proposals.graphql';

const PAGE = 10;

/**
 * Every proposal made for one term, newest first: approved, rejected (with the comment), withdrawn.
 * A decision anywhere refreshes it: the query listens for changed proposals.
 */
export function TermProposalsList({ termId }: { termId: string }) {
  const { t } = useTranslation(['glossary', 'common']);
  const [first, setFirst] = useState(PAGE);
  const context = useMemo(() => ({ additionalTypenames: ['TermProposal'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TermProposalsQuery,
    variables: { filter: { termId }, first },
    context,
  });

  const proposals = data?.termProposals.nodes ?? [];
  if (error && !data) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('common:errors.loadTitle')}
        action={
          <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('common:actions.retry')}
          </Button>
        }
      />
    );
  }
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (proposals.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.noProposals')} />;
  }
  return (
    <>
      <ul className="proposal-list">
        {proposals.map((proposal) => (
          <ProposalItem key={proposal.id} proposal={proposal} showTerm={false} />
        ))}
      </ul>
      {data?.termProposals.pageInfo.hasNextPage ? (
        <Flex justify="center">
          <Button onClick={() => setFirst(first + PAGE)} loading={fetching}>
            {t('history.moreProposals')}
          </Button>
        </Flex>
      ) : null}
    </>
  );
}
