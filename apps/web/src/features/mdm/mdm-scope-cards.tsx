import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import type { MdmDomainQuery as MdmDomainData } from '../../gql/graphql';
import { DataSourcesQuery } from '../catalog/catalog.graphql';
import { TermSelect } from '../glossary/term-select';
import { MdmOtherDomainsQuery, UpdateMdmDomainMutation } from './mdm.graphql';

type Domain = NonNullable<MdmDomainData['mdmDomain']>;

interface ScopeCardsProps {
  domain: Domain;
  canDesign: boolean;
  onSaved: () => void;
}

type ListEditor = 'attributes' | 'sources' | 'relations';

/** The scope an architect decides (reference/governance-process.md §5.5): attributes, sources and trust, relations. */
export function MdmScopeCards({ domain, canDesign, onSaved }: ScopeCardsProps) {
  const { t } = useTranslation(['mdm', 'common']);
  const [editing, setEditing] = useState<ListEditor | null>(null);
  const editButton = (which: ListEditor) =>
    canDesign ? (
      <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(which)}>
        {t(`scope.edit.${which}`)}
      </Button>
    ) : null;

  return (
    <Flex vertical gap={16}>
      <Card title={t('scope.attributesTitle')} extra={editButton('attributes')} className="table-card">
        {domain.attributes.length === 0 ? (
          <EmptyState description={t('scope.attributesEmpty')} />
        ) : (
          <Table
            rowKey="name"
            size="middle"
            pagination={false}
            dataSource={domain.attributes}
            columns={[
              {
                title: t('scope.attribute'),
                key: 'name',
                render: (_, attribute) => (
                  <Flex vertical>
                    <Typography.Text strong>{attribute.label ?? attribute.name}</Typography.Text>
                    {attribute.label ? (
                      <Typography.Text type="secondary" code>
                        {attribute.name}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('scope.term'),
                key: 'term',
                render: (_, attribute) =>
                  attribute.term ? (
                    <Link to={`/glossary/terms/${attribute.term.id}`}>{attribute.term.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('scope.noTerm')}</Typography.Text>
                  ),
              },
              {
                title: t('scope.flags'),
                key: 'flags',
                render: (_, attribute) => (
                  <Flex gap={4}>
                    {attribute.critical ? <Tag color="gold">{t('scope.critical')}</Tag> : null}
                    {attribute.sensitive ? <Tag color="red">{t('scope.sensitive')}</Tag> : null}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('scope.sourcesTitle')} extra={editButton('sources')} className="table-card">
        {domain.sources.length === 0 ? (
          <EmptyState description={t('scope.sourcesEmpty')} />
        ) : (
          <Table
            rowKey="name"
            size="middle"
            pagination={false}
            dataSource={[...domain.sources].sort((a, b) => a.priority - b.priority)}
            columns={[
              { title: t('scope.source'), dataIndex: 'name', key: 'name' },
              {
                title: t('scope.catalogSource'),
                key: 'catalog',
                render: (_, source) =>
                  source.catalogSource ? (
                    <Link to={`/catalog/sources/${source.catalogSource.id}`}>{source.catalogSource.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('scope.notCatalogued')}</Typography.Text>
                  ),
              },
              {
                title: t('scope.priority'),
                key: 'priority',
                width: 160,
                render: (_, source) =>
                  source.priority === 1 ? (
                    <Tag color="blue">{t('scope.systemOfRecord')}</Tag>
                  ) : (
                    t('scope.priorityValue', { priority: source.priority })
                  ),
              },
              {
                title: t('scope.trust'),
                key: 'trust',
                width: 120,
                render: (_, source) => `${Math.round(source.trust * 100)} %`,
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('scope.relationsTitle')} extra={editButton('relations')}>
        {domain.relations.length === 0 ? (
          <Typography.Text type="secondary">{t('scope.relationsEmpty')}</Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {domain.relations.map((relation) => (
              <span key={`${relation.to.id}-${relation.kind}`}>
                {domain.name} <Typography.Text type="secondary">{relation.kind}</Typography.Text>{' '}
                <Link to={`/mdm/domains/${relation.to.id}`}>{relation.to.name}</Link>
              </span>
            ))}
          </Flex>
        )}
      </Card>
      <ScopeListModal domain={domain} which={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
    </Flex>
  );
}

interface ScopeValues {
  attributes?: { name?: string; label?: string; termId?: string; critical?: boolean; sensitive?: boolean }[];
  sources?: { name?: string; catalogSourceId?: string; priority?: number; trust?: number }[];
  relations?: { toMdmDomainId?: string; kind?: string }[];
}

/** Edits one list of the scope; the server checks names are unique and every reference exists. */
function ScopeListModal({
  domain,
  which,
  onClose,
  onSaved,
}: {
  domain: Domain;
  which: ListEditor | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['mdm', 'common']);
  const [form] = Form.useForm<ScopeValues>();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateMdmDomainMutation);
  const [{ data: sources }] = useQuery({ query: DataSourcesQuery, pause: which !== 'sources' });
  const [{ data: others }] = useQuery({ query: MdmOtherDomainsQuery, pause: which !== 'relations' });

  useEffect(() => {
    if (!which) return;
    form.resetFields();
    form.setFieldsValue({
      attributes: domain.attributes.map((attribute) => ({
        name: attribute.name,
        label: attribute.label ?? undefined,
        termId: attribute.term?.id,
        critical: attribute.critical,
        sensitive: attribute.sensitive,
      })),
      sources: domain.sources.map((source) => ({
        name: source.name,
        catalogSourceId: source.catalogSource?.id,
        priority: source.priority,
        trust: source.trust,
      })),
      relations: domain.relations.map((relation) => ({ toMdmDomainId: relation.to.id, kind: relation.kind })),
    });
  }, [which, domain, form]);

  const onFinish = async (values: ScopeValues) => {
    if (!which) return;
    const input: Record<string, unknown> = { id: domain.id, version: domain.version };
    if (which === 'attributes')
      input.attributes = (values.attributes ?? []).map((attribute) => ({
        name: attribute.name?.trim() ?? '',
        label: attribute.label?.trim() || null,
        termId: attribute.termId ?? null,
        critical: Boolean(attribute.critical),
        sensitive: Boolean(attribute.sensitive),
      }));
    if (which === 'sources')
      input.sources = (values.sources ?? []).map((source) => ({
        name: source.name?.trim() ?? '',
        catalogSourceId: source.catalogSourceId ?? null,
        priority: source.priority ?? 1,
        trust: source.trust ?? 0.5,
      }));
    if (which === 'relations')
      input.relations = (values.relations ?? []).map((relation) => ({
        toMdmDomainId: relation.toMdmDomainId ?? '',
        kind: relation.kind?.trim() ?? '',
      }));
    const outcome = await update({ input: input as never });
    const saved = handle(
      { payload: outcome.data?.updateMdmDomain, error: outcome.error },
      { form, onReload: onSaved, successMessage: t('form.saved') },
    );
    if (saved) {
      onClose();
      onSaved();
    }
  };

  const row = (remove: () => void, children: ReactNode) => (
    <Flex gap={8} align="flex-start" className="mdm-scope-row">
      {children}
      <Button
        type="text"
        icon={<DeleteOutlined aria-hidden />}
        aria-label={t('common:actions.remove')}
        onClick={remove}
      />
    </Flex>
  );

  return (
    <Modal
      open={which !== null}
      title={which ? t(`scope.edit.${which}`) : ''}
      okText={t('common:actions.save')}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      width={which === 'attributes' ? 900 : 760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {which === 'attributes' ? (
          <Form.List name="attributes">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                <Typography.Paragraph type="secondary">{t('scope.attributesHelp')}</Typography.Paragraph>
                {fields.map((field) =>
                  row(
                    () => remove(field.name),
                    <>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={field.key === fields[0]?.key ? t('scope.attributeName') : undefined}
                        rules={[{ required: true, message: t('scope.nameRequired') }]}
                        style={{ width: 170 }}
                      >
                        <Input placeholder="given_name" aria-label={t('scope.attributeName')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'label']}
                        label={field.key === fields[0]?.key ? t('scope.label') : undefined}
                        style={{ width: 170 }}
                      >
                        <Input placeholder={t('scope.labelPlaceholder')} aria-label={t('scope.label')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'termId']}
                        label={field.key === fields[0]?.key ? t('scope.term') : undefined}
                        style={{ flex: 1, minWidth: 180 }}
                      >
                        <TermSelect
                          aria-label={t('scope.term')}
                          known={domain.attributes.flatMap((attribute) => (attribute.term ? [attribute.term] : []))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'critical']}
                        label={field.key === fields[0]?.key ? t('scope.critical') : undefined}
                        valuePropName="checked"
                      >
                        <Switch aria-label={t('scope.critical')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'sensitive']}
                        label={field.key === fields[0]?.key ? t('scope.sensitive') : undefined}
                        valuePropName="checked"
                      >
                        <Switch aria-label={t('scope.sensitive')} />
                      </Form.Item>
                    </>,
                  ),
                )}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ critical: false, sensitive: false })}>
                  {t('scope.addAttribute')}
                </Button>
              </Flex>
            )}
          </Form.List>
        ) : null}
        {which === 'sources' ? (
          <Form.List name="sources">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                <Typography.Paragraph type="secondary">{t('scope.sourcesHelp')}</Typography.Paragraph>
                {fields.map((field) =>
                  row(
                    () => remove(field.name),
                    <>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={field.key === fields[0]?.key ? t('scope.source') : undefined}
                        rules={[{ required: true, message: t('scope.nameRequired') }]}
                        style={{ width: 180 }}
                      >
                        <Input aria-label={t('scope.source')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'catalogSourceId']}
                        label={field.key === fields[0]?.key ? t('scope.catalogSource') : undefined}
                        style={{ flex: 1, minWidth: 160 }}
                      >
                        <Select
                          allowClear
                          aria-label={t('scope.catalogSource')}
                          placeholder={t('scope.notCatalogued')}
                          options={(sources?.dataSources ?? []).map((source) => ({
                            value: source.id,
                            label: source.name,
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'priority']}
                        label={field.key === fields[0]?.key ? t('scope.priority') : undefined}
                        rules={[{ required: true, message: t('scope.priorityRequired') }]}
                        style={{ width: 100 }}
                      >
                        <InputNumber min={1} max={100} precision={0} aria-label={t('scope.priority')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'trust']}
                        label={field.key === fields[0]?.key ? t('scope.trust') : undefined}
                        rules={[{ required: true, message: t('scope.trustRequired') }]}
                        style={{ width: 100 }}
                      >
                        <InputNumber min={0} max={1} step={0.05} aria-label={t('scope.trust')} />
                      </Form.Item>
                    </>,
                  ),
                )}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ priority: fields.length + 1, trust: 0.8 })}
                >
                  {t('scope.addSource')}
                </Button>
              </Flex>
            )}
          </Form.List>
        ) : null}
        {which === 'relations' ? (
          <Form.List name="relations">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field) =>
                  row(
                    () => remove(field.name),
                    <>
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={field.key === fields[0]?.key ? t('scope.relationKind') : undefined}
                        rules={[{ required: true, message: t('scope.kindRequired') }]}
                        style={{ width: 220 }}
                      >
                        <Input placeholder={t('scope.relationKindPlaceholder')} aria-label={t('scope.relationKind')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'toMdmDomainId']}
                        label={field.key === fields[0]?.key ? t('scope.relatedDomain') : undefined}
                        rules={[{ required: true, message: t('scope.relatedRequired') }]}
                        style={{ flex: 1 }}
                      >
                        <Select
                          aria-label={t('scope.relatedDomain')}
                          options={(others?.mdmDomains ?? [])
                            .filter((other) => other.id !== domain.id)
                            .map((other) => ({ value: other.id, label: other.name }))}
                        />
                      </Form.Item>
                    </>,
                  ),
                )}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                  {t('scope.addRelation')}
                </Button>
              </Flex>
            )}
          </Form.List>
        ) : null}
      </Form>
    </Modal>
  );
}
