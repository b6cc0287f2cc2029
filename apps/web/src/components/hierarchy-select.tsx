import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTree, subtreeIds, type TreeOf } from './tree';

/** The "no parent" choice; forms turn it back into null. */
export const TOP_LEVEL = '__top_level__';

interface HierarchyNode {
  id: string;
  name: string;
  parentId: string | null;
}

interface HierarchySelectProps {
  nodes: readonly HierarchyNode[];
  value?: string | null;
  onChange?: (value: string) => void;
  /** A node being moved: it and its descendants are not offered. */
  excludeSubtreeOf?: string;
  allowTopLevel?: boolean;
  /** What the "no parent" choice says, where it means something else (follow the source's domain). */
  topLevelLabel?: string;
  placeholder?: string;
  id?: string;
  loading?: boolean;
}

interface Option {
  value: string;
  title: string;
  children?: Option[];
}

function toOptions(tree: TreeOf<HierarchyNode>[], excluded: Set<string>): Option[] {
  return tree
    .filter((node) => !excluded.has(node.id))
    .map((node) => ({
      value: node.id,
      title: node.name,
      children: node.children ? toOptions(node.children, excluded) : undefined,
    }));
}

/** Picks a node of a tree (domains, org units), optionally "top level". */
export function HierarchySelect(props: HierarchySelectProps) {
  const {
    nodes,
    value,
    onChange,
    excludeSubtreeOf,
    allowTopLevel = false,
    topLevelLabel,
    placeholder,
    id,
    loading,
  } = props;
  const { t } = useTranslation('common');
  const treeData = useMemo(() => {
    const excluded = excludeSubtreeOf ? subtreeIds(nodes, excludeSubtreeOf) : new Set<string>();
    const options = toOptions(buildTree(nodes), excluded);
    return allowTopLevel ? [{ value: TOP_LEVEL, title: topLevelLabel ?? t('picker.topLevel') }, ...options] : options;
  }, [nodes, excludeSubtreeOf, allowTopLevel, topLevelLabel, t]);

  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={!allowTopLevel}
      loading={loading}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
