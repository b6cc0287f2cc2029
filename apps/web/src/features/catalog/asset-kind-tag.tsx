import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetKind } from '../../gql/graphql';

const colors: Record<AssetKind, string> = {
  table: 'blue',
  view: 'cyan',
  materialized_view: 'geekblue',
  foreign_table: 'gold',
  partitioned_table: 'blue',
};

/** Table, view …; a removed asset says so instead. */
export function AssetKindTag({ kind, removed = false }: { kind: AssetKind; removed?: boolean }) {
  const { t } = useTranslation('catalog');
  if (removed) return <Tag>{t('asset.removedTag')}</Tag>;
  return <Tag color={colors[kind]}>{t(`kinds.${kind}`)}</Tag>;
}
