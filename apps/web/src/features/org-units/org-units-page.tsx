import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { OrgUnitKindTag } from '../../components/enum-tags';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { buildTree, type TreeOf } from '../../components/tree';
import type { OrgUnitsQuery } from '../../gql/graphql';
import { OrgUnitFormModal, type OrgUnitModalState } from './org-unit-form-modal';
import { DeleteOrgUnitMutation, OrgUnitsQuery as OrgUnitsDocument } from './org-units.graphql';

type OrgUnit = OrgUnitsQuery['orgUnits']['nodes'][number];

export function OrgUnitsPage() {
  const { t } = useTranslation(['orgUnits', 'common']);
  const canWrite = useCan('stewardship:write');
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const context = useMemo(() => ({ additionalTypenames: ['OrgUnit'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: OrgUnitsDocument, context });
  const [, deleteOrgUnit] = useMutation(DeleteOrgUnitMutation);
  const [dialog, setDialog] = useState<OrgUnitModalState | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const units = data?.orgUnits.nodes ?? [];
  const tree = useMemo(() => buildTree(units), [units]);

  const confirmDelete = (unit: OrgUnit) =>
    modal.confirm({
      title: t('deleteTitle', { name: unit.name }),
      content: t('deleteBody', { count: unit.memberCount }),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await deleteOrgUnit({ input: { id: unit.id, version: unit.version } });
        handle(
          { payload: outcome.data?.deleteOrgUnit, error: outcome.error },
          { onReload: reload, successMessage: t('deleted', { name: unit.name }) },
        );
      },
    });

  const columns: ColumnsType<TreeOf<OrgUnit>> = [
    {
      title: t('columns.name'),
      key: 'name',
      render: (_v, unit) => (
        <Flex vertical>
          <Typography.Text strong>{unit.name}</Typography.Text>
          {unit.description ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unit.description}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('columns.kind'), key: 'kind', width: 140, render: (_v, unit) => <OrgUnitKindTag kind={unit.kind} /> },
    { title: t('columns.members'), dataIndex: 'memberCount', key: 'members', width: 100, align: 'right' },
    { title: t('columns.subUnits'), dataIndex: 'childCount', key: 'children', width: 110, align: 'right' },
  ];
  if (canWrite) {
    columns.push({
      title: t('columns.actions'),
      key: 'actions',
      width: 170,
      align: 'right',
      render: (_v, unit) => (
        <Flex gap={2} justify="flex-end">
          <Tooltip title={t('actions.addChild')}>
            <Button
              type="text"
              icon={<PlusOutlined aria-hidden />}
              aria-label={`${t('actions.addChild')}: ${unit.name}`}
              onClick={() => setDialog({ mode: 'create', parent: unit })}
            />
          </Tooltip>
          <Tooltip title={t('actions.edit')}>
            <Button
              type="text"
              icon={<EditOutlined aria-hidden />}
              aria-label={`${t('actions.edit')}: ${unit.name}`}
              onClick={() => setDialog({ mode: 'edit', unit })}
            />
          </Tooltip>
          <Tooltip title={t('actions.move')}>
            <Button
              type="text"
              icon={<DragOutlined aria-hidden />}
              aria-label={`${t('actions.move')}: ${unit.name}`}
              onClick={() => setDialog({ mode: 'move', unit })}
            />
          </Tooltip>
          <Tooltip title={unit.childCount ? t('deleteBlocked') : t('actions.delete')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`${t('actions.delete')}: ${unit.name}`}
              disabled={unit.childCount > 0}
              onClick={() => confirmDelete(unit)}
            />
          </Tooltip>
        </Flex>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ mode: 'create' })}>
              {t('create')}
            </Button>
          ) : null
        }
      />
      {data?.orgUnits.pageInfo.hasNextPage ? (
        <Alert
          type="info"
          showIcon
          className="page-alert"
          title={t('common:errors.truncated', { count: units.length, total: data.orgUnits.totalCount })}
        />
      ) : null}
      <Card className="table-card">
        {error && !data ? (
          <LoadError onRetry={reload} />
        ) : (
          <Table<TreeOf<OrgUnit>>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tree}
            loading={fetching && !data}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            key={tree.length ? 'loaded' : 'empty'}
            locale={{
              emptyText: !data ? (
                <span />
              ) : (
                <EmptyState
                  description={t('empty')}
                  action={
                    canWrite ? (
                      <Button
                        type="primary"
                        icon={<PlusOutlined aria-hidden />}
                        onClick={() => setDialog({ mode: 'create' })}
                      >
                        {t('create')}
                      </Button>
                    ) : null
                  }
                />
              ),
            }}
          />
        )}
      </Card>
      <OrgUnitFormModal state={dialog} units={units} onClose={() => setDialog(null)} onReload={reload} />
    </>
  );
}
