import { Col, Form, Input, Row, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import { RecordLinksInput, type ShownRecordLink } from '../../components/record-links-input';
import { buildTree, type TreeOf } from '../../components/tree';
import type { PolicyContentInput } from '../../gql/graphql';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import { piiClasses } from './policy-shared';

/** A version's content as the form holds it (named as the server names its fields, for its errors). */
export interface ContentValues {
  statement?: string;
  driver?: string;
  scope?: {
    domainIds?: string[];
    classifications?: string[];
    assetIds?: ShownRecordLink[];
  };
}

/** What a version shows of its content, to fill the form with. */
interface ShownContent {
  statement: string;
  driver: string | null;
  scope: { domains: { id: string }[]; classifications: string[]; assets: ShownRecordLink[] };
}

export function toContentValues(content: ShownContent): ContentValues {
  return {
    statement: content.statement,
    driver: content.driver ?? undefined,
    scope: {
      domainIds: content.scope.domains.map((domain) => domain.id),
      classifications: content.scope.classifications,
      assetIds: content.scope.assets,
    },
  };
}

export function toContentInput(values: ContentValues): PolicyContentInput {
  return {
    statement: values.statement?.trim() ?? '',
    driver: values.driver?.trim() || null,
    scope: {
      domainIds: values.scope?.domainIds ?? [],
      classifications: values.scope?.classifications ?? [],
      assetIds: (values.scope?.assetIds ?? []).map((link) => link.id),
    },
  };
}

interface DomainNode {
  id: string;
  name: string;
  parentId: string | null;
}
interface DomainOption {
  value: string;
  title: string;
  children?: DomainOption[];
}
const toOptions = (nodes: TreeOf<DomainNode>[]): DomainOption[] =>
  nodes.map((node) => ({
    value: node.id,
    title: node.name,
    children: node.children ? toOptions(node.children) : undefined,
  }));

/**
 * The statement, its driver and its scope: the part of a policy each version holds. Field names
 * sit under `content` (as the server reports its errors).
 */
export function PolicyContentFields() {
  const { t } = useTranslation(['policies', 'catalog']);
  const [{ data: domains, fetching }] = useQuery({ query: DomainOptionsQuery });
  const treeData = useMemo(() => toOptions(buildTree(domains?.domains.nodes ?? [])), [domains]);
  return (
    <>
      <Form.Item
        name={['content', 'statement']}
        label={t('fields.statement')}
        extra={t('write.statementHelp')}
        rules={[{ required: true, whitespace: true, message: t('write.statementRequired') }]}
      >
        <MarkdownInput rows={6} placeholder={t('write.statementPlaceholder')} />
      </Form.Item>
      <Form.Item name={['content', 'driver']} label={t('fields.driver')} extra={t('write.driverHelp')}>
        <Input maxLength={200} placeholder={t('write.driverPlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['content', 'scope', 'domainIds']}
            label={t('fields.domains')}
            extra={t('write.domainsHelp')}
          >
            <TreeSelect
              multiple
              treeData={treeData}
              treeDefaultExpandAll
              loading={fetching}
              placeholder={t('write.domainsPlaceholder')}
              showSearch={{ treeNodeFilterProp: 'title' }}
              allowClear
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['content', 'scope', 'classifications']}
            label={t('fields.classifications')}
            extra={t('write.classificationsHelp')}
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('write.classificationsPlaceholder')}
              options={piiClasses.map((value) => ({ value, label: t(`catalog:pii.${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['content', 'scope', 'assetIds']} label={t('fields.assets')} extra={t('write.assetsHelp')}>
        <RecordLinksInput types={['asset']} emptyText={t('write.noAssets')} tagTestId="policy-scope-asset" />
      </Form.Item>
    </>
  );
}
