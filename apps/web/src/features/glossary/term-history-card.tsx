import { DiffOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { When } from '../../components/when';
import type { TermQuery } from '../../gql/graphql';
import { useNames } from './name-loader';
import { RevisionCompare } from './revision-compare';
import { TermProposalsList } from './term-proposals-list';
import { TermStatusTag } from './term-tags';

type Revision = NonNullable<TermQuery['glossaryTerm']>['revisions'][number];

interface TermHistoryCardProps {
  termId: string;
  revisions: readonly Revision[];
}

/** Every approved version (who proposed, who approved, when, why) and every proposal, decided or not. */
export function TermHistoryCard({ termId, revisions }: TermHistoryCardProps) {
  const { t } = useTranslation('glossary');
  const labels = revisions.flatMap((revision) => [revision.authorLabel, revision.approvedByLabel]);
  const personOf = useNames('label', labels);
  const newest = revisions[0]?.revision ?? 0;
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const shown = (label: string) => personOf(label) ?? label;

  const list =
    revisions.length === 0 ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.noRevisions')} />
    ) : (
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="revision-item" data-testid="revision-item">
            <div className="revision-number" aria-hidden>
              {revision.revision}
            </div>
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('history.revision', { revision: revision.revision })}</Typography.Text>
                {revision.revision === newest ? <Tag color="green">{t('history.live')}</Tag> : null}
                {revision.status !== 'approved' ? <TermStatusTag status={revision.status} /> : null}
                {revision.selfApproved ? (
                  <Tooltip title={t('history.selfApprovedHint')}>
                    <Tag color="gold">{t('history.selfApproved')}</Tag>
                  </Tooltip>
                ) : null}
              </Flex>
              {revision.reason ? (
                <Typography.Text className="revision-reason">{revision.reason}</Typography.Text>
              ) : null}
              <Typography.Text type="secondary" className="revision-meta">
                {revision.selfApproved
                  ? t('history.byAndSelfApproved', { author: shown(revision.authorLabel) })
                  : t('history.byAndApproved', {
                      author: shown(revision.authorLabel),
                      approver: shown(revision.approvedByLabel),
                    })}
                {' · '}
                <When at={revision.createdAt} />
              </Typography.Text>
            </Flex>
            <Button
              size="small"
              type="text"
              icon={<DiffOutlined aria-hidden />}
              onClick={() => setRange({ from: revision.revision - 1, to: revision.revision })}
            >
              {t('history.whatChanged')}
            </Button>
          </li>
        ))}
      </ol>
    );

  return (
    <Card data-testid="term-history">
      <Tabs
        items={[
          {
            key: 'revisions',
            label: t('history.revisionsTab', { count: revisions.length }),
            children: (
              <>
                <Typography.Paragraph type="secondary">{t('history.hint')}</Typography.Paragraph>
                {range ? (
                  <RevisionCompare
                    termId={termId}
                    revisions={revisions.map((revision) => revision.revision)}
                    from={range.from}
                    to={range.to}
                    onChange={setRange}
                  />
                ) : revisions.length > 1 ? (
                  <Button
                    icon={<DiffOutlined aria-hidden />}
                    onClick={() => setRange({ from: newest - 1, to: newest })}
                    className="revision-compare-open"
                  >
                    {t('history.compare')}
                  </Button>
                ) : null}
                {list}
              </>
            ),
          },
          {
            key: 'proposals',
            label: t('history.proposalsTab'),
            children: <TermProposalsList termId={termId} />,
          },
        ]}
      />
    </Card>
  );
}
