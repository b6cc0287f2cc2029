import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import { PersonPicker } from '../../components/person-picker';
import type { ProgramQuery, RoadmapStatus } from '../../gql/graphql';
import {
  CreateRoadmapItemMutation,
  DeleteRoadmapItemMutation,
  MaturityCategoryNamesQuery,
  UpdateRoadmapItemMutation,
} from './program.graphql';
import { formatDay } from './program-shared';
import { ApproveRoadmapModal, RoadmapApprovalLine } from './roadmap-approval';

type Program = NonNullable<ProgramQuery['program']>;
type Item = Program['roadmap'][number];

const statusColors: Record<RoadmapStatus, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'error',
};

const DAY = 86_400_000;
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

/** One CSV field, quoted when it needs to be. */
const csvField = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Step 4: the roadmap's initiatives on a timeline, with their owners, the step each serves and what it waits on. */
export function RoadmapCard({
  program,
  canManage,
  onChanged,
}: {
  program: Program;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation(['program', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, remove] = useMutation(DeleteRoadmapItemMutation);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [approving, setApproving] = useState(false);
  const items = program.roadmap;
  const approval = program.roadmapApproval;
  const titleOf = new Map(items.map((item) => [item.id, item.title]));
  const dated = items.filter((item) => item.startsOn && item.endsOn);
  const from = dated.length ? Math.min(...dated.map((item) => dayOf(item.startsOn!))) : 0;
  const to = dated.length ? Math.max(...dated.map((item) => dayOf(item.endsOn!))) : 0;
  const span = Math.max(DAY, to - from);

  const exportCsv = () => {
    const header = ['title', 'status', 'owner', 'starts_on', 'ends_on', 'step', 'depends_on', 'description'];
    const rows = items.map((item) =>
      [
        item.title,
        item.status,
        item.owner?.name,
        item.startsOn,
        item.endsOn,
        item.stepNumber,
        item.dependsOn.map((id) => titleOf.get(id) ?? '').join('; '),
        item.description,
      ].map(csvField),
    );
    const blob = new Blob([[header, ...rows].map((row) => row.join(',')).join('\n')], { type: 'text/csv' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${program.name.replace(/[^\w-]+/g, '-').toLowerCase()}-roadmap.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const addButton = canManage ? (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('roadmap.add')}
    </Button>
  ) : null;

  return (
    <Card
      id="roadmap"
      title={t('roadmap.title')}
      className="program-roadmap-card"
      extra={
        <Flex gap={8}>
          {approval.canApprove && items.length ? (
            <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => setApproving(true)}>
              {t('roadmap.approval.approve')}
            </Button>
          ) : null}
          {items.length ? (
            <Button icon={<DownloadOutlined aria-hidden />} onClick={exportCsv}>
              {t('roadmap.export')}
            </Button>
          ) : null}
          {addButton}
        </Flex>
      }
    >
      {items.length || approval.approvedAt ? <RoadmapApprovalLine approval={approval} /> : null}
      {items.length === 0 ? (
        <EmptyState title={t('roadmap.emptyTitle')} description={t('roadmap.empty')} action={addButton} />
      ) : (
        <Flex vertical gap={10}>
          {items.map((item) => {
            const left = item.startsOn && item.endsOn ? ((dayOf(item.startsOn) - from) / span) * 100 : 0;
            const width =
              item.startsOn && item.endsOn
                ? Math.max(2, ((dayOf(item.endsOn) - dayOf(item.startsOn)) / span) * 100)
                : 0;
            return (
              <div key={item.id} className="program-roadmap-row">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{item.title}</Typography.Text>
                    <Tag color={statusColors[item.status]}>{t(`roadmap.status.${item.status}`)}</Tag>
                    {item.stepNumber ? (
                      <Tag bordered={false}>{t('roadmap.step', { number: item.stepNumber })}</Tag>
                    ) : null}
                    {item.categories.length ? (
                      <Typography.Text type="secondary" className="program-roadmap-categories">
                        {t('roadmap.raises', { count: item.categories.length })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                  {canManage ? (
                    <Flex gap={4}>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={t('roadmap.edit', { title: item.title })}
                        onClick={() => setEditing(item)}
                      />
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('roadmap.delete', { title: item.title })}
                        onClick={() =>
                          modal.confirm({
                            title: t('roadmap.deleteTitle', { title: item.title }),
                            okText: t('common:actions.delete'),
                            okButtonProps: { danger: true },
                            onOk: async () => {
                              const outcome = await remove({ input: { id: item.id, version: item.version } });
                              if (
                                handle(
                                  { payload: outcome.data?.deleteRoadmapItem, error: outcome.error },
                                  { onReload: onChanged },
                                )
                              )
                                onChanged();
                            },
                          })
                        }
                      />
                    </Flex>
                  ) : null}
                </Flex>
                <Typography.Text type="secondary" className="program-roadmap-facts">
                  {[
                    item.owner?.name ?? t('roadmap.noOwner'),
                    item.startsOn && item.endsOn
                      ? `${formatDay(item.startsOn, i18n.language)} – ${formatDay(item.endsOn, i18n.language)}`
                      : t('roadmap.undated'),
                    item.dependsOn.length
                      ? t('roadmap.after', { titles: item.dependsOn.map((id) => titleOf.get(id) ?? '').join(', ') })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                {width ? (
                  <div className="program-roadmap-track">
                    <Tooltip title={`${item.startsOn} – ${item.endsOn}`}>
                      <div
                        className={`program-roadmap-bar status-${item.status}`}
                        style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
                      />
                    </Tooltip>
                  </div>
                ) : null}
              </div>
            );
          })}
        </Flex>
      )}
      <ApproveRoadmapModal
        programId={program.id}
        count={items.length}
        open={approving}
        onClose={() => setApproving(false)}
        onApproved={() => {
          setApproving(false);
          onChanged();
        }}
      />
      <RoadmapItemModal
        programId={program.id}
        items={items}
        item={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </Card>
  );
}

interface ItemValues {
  title?: string;
  description?: string;
  ownerPersonId?: string;
  startsOn?: string;
  endsOn?: string;
  stepNumber?: number;
  status?: RoadmapStatus;
  dependsOn?: string[];
  categories?: string[];
}

function RoadmapItemModal({
  programId,
  items,
  item,
  onClose,
  onSaved,
}: {
  programId: string;
  items: readonly Item[];
  item: Item | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<ItemValues>();
  const handle = useResultHandler();
  const [{ fetching: creating }, create] = useMutation(CreateRoadmapItemMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateRoadmapItemMutation);
  const existing = item && item !== 'new' ? item : null;
  const [categories] = useQuery({ query: MaturityCategoryNamesQuery, pause: item === null });

  useEffect(() => {
    if (!item) return;
    form.resetFields();
    if (existing)
      form.setFieldsValue({
        title: existing.title,
        description: existing.description ?? undefined,
        ownerPersonId: existing.owner?.id,
        startsOn: existing.startsOn ?? undefined,
        endsOn: existing.endsOn ?? undefined,
        stepNumber: existing.stepNumber ?? undefined,
        status: existing.status,
        dependsOn: existing.dependsOn,
        categories: existing.categories,
      });
    else form.setFieldsValue({ status: 'planned', dependsOn: [], categories: [] });
  }, [item, existing, form]);

  const onFinish = async (values: ItemValues) => {
    const fields = {
      title: values.title?.trim() ?? '',
      description: values.description?.trim() || null,
      ownerPersonId: values.ownerPersonId ?? null,
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      stepNumber: values.stepNumber ?? null,
      status: values.status,
      dependsOn: values.dependsOn ?? [],
      categories: values.categories ?? [],
    };
    const outcome = existing
      ? await update({ input: { id: existing.id, version: existing.version, ...fields } })
      : await create({ input: { programId, ...fields } });
    const payload = existing
      ? (outcome.data as { updateRoadmapItem?: never } | undefined)?.updateRoadmapItem
      : (outcome.data as { createRoadmapItem?: never } | undefined)?.createRoadmapItem;
    if (handle({ payload, error: outcome.error }, { form, successMessage: t('roadmap.saved') })) onSaved();
  };

  return (
    <Modal
      open={item !== null}
      title={existing ? t('roadmap.editTitle') : t('roadmap.addTitle')}
      okText={t('common:actions.save')}
      onOk={() => form.submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="title"
          label={t('roadmap.fields.title')}
          rules={[{ required: true, message: t('roadmap.fields.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('roadmap.fields.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="ownerPersonId" label={t('roadmap.fields.owner')}>
          <PersonPicker known={existing?.owner ?? null} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="startsOn" label={t('roadmap.fields.startsOn')} style={{ flex: 1 }}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('roadmap.fields.endsOn')} style={{ flex: 1 }}>
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="stepNumber" label={t('roadmap.fields.step')} style={{ flex: 1 }}>
            <Select
              allowClear
              aria-label={t('roadmap.fields.step')}
              options={Array.from({ length: 14 }, (_, index) => ({
                value: index + 1,
                label: t('roadmap.step', { number: index + 1 }),
              }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('roadmap.fields.status')} style={{ flex: 1 }}>
            <Select
              aria-label={t('roadmap.fields.status')}
              options={(['planned', 'in_progress', 'done', 'cancelled'] as const).map((status) => ({
                value: status,
                label: t(`roadmap.status.${status}`),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="dependsOn" label={t('roadmap.fields.dependsOn')} extra={t('roadmap.fields.dependsOnHelp')}>
          <Select
            mode="multiple"
            aria-label={t('roadmap.fields.dependsOn')}
            options={items
              .filter((other) => other.id !== existing?.id)
              .map((other) => ({ value: other.id, label: other.title }))}
          />
        </Form.Item>
        <Form.Item name="categories" label={t('roadmap.fields.categories')} extra={t('roadmap.fields.categoriesHelp')}>
          <Select
            mode="multiple"
            aria-label={t('roadmap.fields.categories')}
            options={(categories.data?.maturityModel.categories ?? []).map((category) => ({
              value: category.key,
              label: category.name,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
