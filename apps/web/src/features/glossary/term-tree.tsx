import { DownOutlined, LoadingOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Tooltip, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermTreeNodeFragment } from '../../gql/graphql';
import { PendingChangeTag, TermStatusTag } from './term-tags';
import { ROOT, type TermTreeState } from './use-term-tree';

interface TermTreeProps {
  tree: TermTreeState & {
    open: (termId: string) => Promise<void>;
    loadMore: (parentKey: string) => void;
    retry: (parentKey: string) => void;
  };
  selectedId?: string | null;
  onSelect: (termId: string) => void;
  height: number;
}

const MORE = 'more:';

function NodeTitle({ node }: { node: TermTreeNodeFragment }) {
  const { t } = useTranslation('glossary');
  return (
    <span className="tree-node" data-testid="tree-node">
      <span className="tree-node-name">{node.name}</span>
      {node.abbreviation ? <span className="tree-node-abbreviation">{node.abbreviation}</span> : null}
      {node.criticalDataElement ? (
        <Tooltip title={t('cde.hint')}>
          <SafetyCertificateOutlined className="tree-node-cde" aria-label={t('cde.label')} />
        </Tooltip>
      ) : null}
      <TermStatusTag status={node.status} hideApproved />
      {node.openProposal && node.status === 'approved' ? <PendingChangeTag status={node.openProposal.status} /> : null}
    </span>
  );
}

/** A glossary's terms as a tree that opens level by level, with "Load more" on long levels. */
export function TermTree({ tree, selectedId, onSelect, height }: TermTreeProps) {
  const { t } = useTranslation('glossary');

  const treeData = useMemo(() => {
    const build = (parentKey: string): DataNode[] => {
      const level = tree.levels.get(parentKey);
      if (!level) return [];
      const children: DataNode[] = level.ids.flatMap((id) => {
        const node = tree.nodes.get(id);
        if (!node) return [];
        const childLevel = tree.levels.get(id);
        return [
          {
            key: id,
            title: <NodeTitle node={node} />,
            isLeaf: node.childCount === 0,
            children: childLevel ? build(id) : undefined,
          },
        ];
      });
      if (level.hasMore || level.failed) {
        children.push({
          key: `${MORE}${parentKey}`,
          isLeaf: true,
          selectable: false,
          title: (
            <Button
              size="small"
              type="link"
              className="tree-more"
              icon={level.loading ? <LoadingOutlined aria-hidden /> : <DownOutlined aria-hidden />}
              onClick={(event) => {
                event.stopPropagation();
                if (level.failed) tree.retry(parentKey);
                else tree.loadMore(parentKey);
              }}
            >
              {level.failed
                ? t('tree.retry')
                : t('tree.loadMore', { count: Math.max(0, level.total - level.ids.length) })}
            </Button>
          ),
        });
      }
      return children;
    };
    return build(ROOT);
  }, [tree, t]);

  const root = tree.levels.get(ROOT);
  if (root && !root.loading && root.ids.length === 0 && !root.failed) return null;

  return (
    <div className="term-tree" data-testid="term-tree">
      {root?.loading && root.ids.length === 0 ? (
        <Typography.Text type="secondary" className="term-tree-loading">
          <LoadingOutlined aria-hidden /> {t('tree.loading')}
        </Typography.Text>
      ) : null}
      <Tree
        treeData={treeData}
        blockNode
        height={height}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const key = keys[0];
          if (typeof key === 'string' && !key.startsWith(MORE)) onSelect(key);
        }}
        loadData={async (node) => {
          const key = String(node.key);
          if (!key.startsWith(MORE)) await tree.open(key);
        }}
        aria-label={t('tree.label')}
      />
    </div>
  );
}
