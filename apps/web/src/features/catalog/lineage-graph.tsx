import { Background, Controls, type Edge, Handle, type Node, type NodeProps, Position, ReactFlow } from '@xyflow/react';
import { App, Button, Flex, InputNumber, List, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import type { AssetKind, LineageQuery as LineageQueryType } from '../../gql/graphql';
import { AssetKindTag } from './asset-kind-tag';
import { LineageQuery, RemoveLineageEdgeMutation } from './catalog.graphql';
import { layoutLineage } from './lineage-layout';
import '@xyflow/react/dist/style.css';

type LineageAsset = LineageQueryType['lineage']['assets'][number];
type AssetNodeData = { asset: LineageAsset; center: boolean };

function AssetNode({ data }: NodeProps<Node<AssetNodeData>>) {
  const { asset, center } = data;
  return (
    <div className={`lineage-node${center ? ' lineage-node-center' : ''}`} data-testid="lineage-node">
      <Handle type="target" position={Position.Left} />
      <Flex justify="space-between" gap={8} align="center">
        {center ? (
          <span className="lineage-node-name">{asset.name}</span>
        ) : (
          <Link className="lineage-node-name nodrag" to={`/catalog/assets/${asset.id}`}>
            {asset.name}
          </Link>
        )}
        <AssetKindTag kind={asset.kind as AssetKind} removed={Boolean(asset.removedAt)} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
        {asset.source.name} · {asset.schemaName}
      </Typography.Text>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { asset: AssetNode };

/** Upstream on the left, downstream on the right, N hops each way; each edge says why it exists. */
export function LineageGraph({
  assetId,
  refreshKey = 0,
  canCurate = false,
}: {
  assetId: string;
  /** Changes when lineage was drawn elsewhere on the page: read again. */
  refreshKey?: number;
  canCurate?: boolean;
}) {
  const { t } = useTranslation('catalog');
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, remove] = useMutation(RemoveLineageEdgeMutation);
  const [upstream, setUpstream] = useState(2);
  const [downstream, setDownstream] = useState(2);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: LineageQuery,
    variables: { assetId, upstream, downstream },
  });
  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  const names = new Map((data?.lineage.assets ?? []).map((asset) => [asset.id, `${asset.schemaName}.${asset.name}`]));
  const drawn = (data?.lineage.edges ?? []).filter(
    (edge) => edge.kind === 'manual' && (edge.upstreamAssetId === assetId || edge.downstreamAssetId === assetId),
  );
  const confirmRemove = (edgeId: string) =>
    modal.confirm({
      title: t('lineage.removeConfirm'),
      okText: t('lineage.remove'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await remove({ input: { id: edgeId } });
        if (handle({ payload: outcome.data?.removeLineageEdge, error: outcome.error })) {
          refetch({ requestPolicy: 'network-only' });
        }
      },
    });

  const graph = useMemo(() => {
    if (!data) return null;
    const assetEdges = data.lineage.edges.filter((edge) => !edge.upstreamField && !edge.downstreamField);
    const placed = layoutLineage({
      centerId: assetId,
      assetIds: data.lineage.assets.map((asset) => asset.id),
      edges: assetEdges,
    });
    const byId = new Map(data.lineage.assets.map((asset) => [asset.id, asset]));
    const nodes: Node<AssetNodeData>[] = placed.map((place) => ({
      id: place.id,
      type: 'asset',
      position: { x: place.x, y: place.y },
      data: { asset: byId.get(place.id)!, center: place.id === assetId },
      draggable: true,
    }));
    const columnsPerEdge = new Map<string, string[]>();
    for (const edge of data.lineage.edges) {
      if (!edge.upstreamField || !edge.downstreamField) continue;
      const key = `${edge.upstreamAssetId}>${edge.downstreamAssetId}>${edge.kind}`;
      const label =
        edge.upstreamField.name === edge.downstreamField.name
          ? edge.upstreamField.name
          : `${edge.upstreamField.name} → ${edge.downstreamField.name}`;
      columnsPerEdge.set(key, [...(columnsPerEdge.get(key) ?? []), label]);
    }
    const edges: Edge[] = assetEdges.map((edge) => {
      const columns = columnsPerEdge.get(`${edge.upstreamAssetId}>${edge.downstreamAssetId}>${edge.kind}`) ?? [];
      const kind = t(`lineageKinds.${edge.kind}`);
      return {
        id: edge.id,
        source: edge.upstreamAssetId,
        target: edge.downstreamAssetId,
        label:
          edge.kind === 'manual' && edge.label
            ? edge.label
            : columns.length > 0
              ? `${kind} · ${columns.slice(0, 2).join(', ')}${columns.length > 2 ? ` +${columns.length - 2}` : ''}`
              : kind,
        animated: edge.kind === 'view',
        style: {
          strokeDasharray: edge.kind === 'foreign_key' ? '5 4' : undefined,
          stroke: edge.kind === 'manual' ? '#d46b08' : undefined,
        },
        labelStyle: { fontSize: 11 },
      };
    });
    return { nodes, edges };
  }, [data, assetId, t]);

  return (
    <>
      <Flex gap={16} align="center" wrap className="lineage-toolbar">
        <Typography.Text type="secondary">{t('asset.lineageHelp')}</Typography.Text>
        <Flex gap={8} align="center">
          <label htmlFor="lineage-up">{t('asset.upstream')}</label>
          <InputNumber
            id="lineage-up"
            size="small"
            min={0}
            max={5}
            value={upstream}
            onChange={(value) => setUpstream(value ?? 0)}
          />
          <label htmlFor="lineage-down">{t('asset.downstream')}</label>
          <InputNumber
            id="lineage-down"
            size="small"
            min={0}
            max={5}
            value={downstream}
            onChange={(value) => setDownstream(value ?? 0)}
          />
        </Flex>
      </Flex>
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !graph && fetching ? (
        <Skeleton active />
      ) : graph && graph.edges.length === 0 ? (
        <EmptyState description={t('asset.noLineage')} />
      ) : graph ? (
        <div className="lineage-canvas" data-testid="lineage-graph">
          <ReactFlow
            key={`${upstream}-${downstream}-${graph.nodes.length}`}
            nodes={graph.nodes}
            edges={graph.edges}
            nodeTypes={nodeTypes}
            fitView
            fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
            nodesConnectable={false}
            minZoom={0.3}
          >
            <Background gap={16} size={1} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
      ) : null}
      {drawn.length > 0 ? (
        <div className="lineage-drawn" data-testid="lineage-drawn">
          <Typography.Text strong>{t('lineage.drawn')}</Typography.Text>
          <List
            size="small"
            dataSource={drawn}
            renderItem={(edge) => (
              <List.Item
                actions={
                  canCurate
                    ? [
                        <Button key="remove" size="small" type="link" danger onClick={() => confirmRemove(edge.id)}>
                          {t('lineage.remove')}
                        </Button>,
                      ]
                    : []
                }
              >
                {names.get(edge.upstreamAssetId)} → {names.get(edge.downstreamAssetId)}
                {edge.label ? <Typography.Text type="secondary"> · {edge.label}</Typography.Text> : null}
              </List.Item>
            )}
          />
        </div>
      ) : null}
    </>
  );
}
