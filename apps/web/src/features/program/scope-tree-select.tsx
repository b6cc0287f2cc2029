import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildTree, type TreeOf } from '../../components/tree';

interface Node {
  id: string;
  name: string;
  parentId: string | null;
}

interface Option {
  value: string;
  title: string;
  children?: Option[];
}

function toOptions(tree: TreeOf<Node>[]): Option[] {
  return tree.map((node) => ({
    value: node.id,
    title: node.name,
    children: node.children ? toOptions(node.children) : undefined,
  }));
}

interface ScopeTreeSelectProps {
  nodes: readonly Node[];
  value?: string[];
  onChange?: (ids: string[]) => void;
  loading?: boolean;
  placeholder?: string;
  id?: string;
}

/**
 * Picks several nodes of a tree (the domains or org units a program covers). The shared
 * HierarchySelect picks one node; a program's scope names several, so this is its multiple
 * sibling over the same tree helper.
 */
export function ScopeTreeSelect({ nodes, value, onChange, loading, placeholder, id }: ScopeTreeSelectProps) {
  const treeData = useMemo(() => toOptions(buildTree(nodes)), [nodes]);
  return (
    <TreeSelect
      id={id}
      multiple
      value={value ?? []}
      onChange={(ids: string[]) => onChange?.(ids)}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={loading}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
