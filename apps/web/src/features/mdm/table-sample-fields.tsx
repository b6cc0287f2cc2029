import { Flex, Form, type FormInstance, Input, InputNumber, Select, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../components/use-debounced-value';
import type { MdmTableColumnsQuery } from '../../gql/graphql';
import { MdmTableColumnsQuery as ColumnsQuery, MdmTableSearchQuery } from './mdm.graphql';

type Column = NonNullable<MdmTableColumnsQuery['dataAsset']>['fields'][number];

export interface TableSampleValues {
  assetId?: string;
  mapping?: Record<string, string | undefined>;
  idColumn?: string;
  sourceColumn?: string;
  source?: string;
  updatedAtColumn?: string;
  limit?: number;
}

/**
 * The column a table most likely holds an attribute in: the same name, else a column whose
 * confirmed glossary term is the attribute's term. Only a suggestion the architect can change.
 */
export function suggestColumn(attribute: { name: string; termId: string | null }, columns: readonly Column[]) {
  const byName = columns.find((column) => column.name.toLowerCase() === attribute.name.toLowerCase());
  if (byName) return byName.name;
  if (!attribute.termId) return undefined;
  return columns.find((column) =>
    column.termLinks.some((link) => link.status === 'confirmed' && link.term.id === attribute.termId),
  )?.name;
}

/** Picks a catalogued table and maps its columns to the domain's attributes. */
export function TableSampleFields({
  form,
  attributes,
}: {
  form: FormInstance;
  attributes: readonly { name: string; label: string | null; termId: string | null }[];
}) {
  const { t } = useTranslation('mdm');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 200);
  const [{ data: tables, fetching: searching }] = useQuery({
    query: MdmTableSearchQuery,
    variables: { search: debounced || null },
  });
  const assetId = Form.useWatch('assetId', form) as string | undefined;
  const [{ data: asset, fetching: loadingColumns }] = useQuery({
    query: ColumnsQuery,
    variables: { id: assetId ?? '' },
    pause: !assetId,
  });
  const columns = asset?.dataAsset?.fields ?? [];
  const options = columns.map((column) => ({ value: column.name, label: `${column.name} · ${column.dataType}` }));

  // When a table's columns arrive, suggest a column per attribute (once per table).
  const prefilled = useRef<string | null>(null);
  const loaded = asset?.dataAsset;
  useEffect(() => {
    if (!loaded || loaded.id !== assetId || prefilled.current === loaded.id) return;
    prefilled.current = loaded.id;
    const fields = loaded.fields;
    const named = (...names: string[]) => fields.find((column) => names.includes(column.name.toLowerCase()))?.name;
    form.setFieldsValue({
      mapping: Object.fromEntries(attributes.map((attribute) => [attribute.name, suggestColumn(attribute, fields)])),
      idColumn: fields.find((column) => /(^id$|_id$)/.test(column.name))?.name,
      sourceColumn: named('source', 'system', 'source_system'),
      updatedAtColumn: named('updated_at', 'changed_at', 'modified_at', 'last_updated'),
    });
  }, [loaded, assetId, attributes, form]);

  return (
    <Flex vertical gap={4}>
      <Form.Item
        name="assetId"
        label={t('samples.table')}
        rules={[{ required: true, message: t('samples.tableRequired') }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          aria-label={t('samples.table')}
          placeholder={t('samples.tablePlaceholder')}
          notFoundContent={searching ? <Spin size="small" /> : t('samples.noTable')}
          options={(tables?.dataAssets.nodes ?? []).map((table) => ({
            value: table.id,
            label: `${table.qualifiedName} (${table.source.name})`,
          }))}
        />
      </Form.Item>
      {assetId ? (
        loadingColumns && columns.length === 0 ? (
          <Spin />
        ) : (
          <>
            <Typography.Text strong>{t('samples.mapping')}</Typography.Text>
            <Typography.Paragraph type="secondary" className="mdm-choice-help">
              {t('samples.mappingHelp')}
            </Typography.Paragraph>
            <div className="mdm-mapping-grid">
              {attributes.map((attribute) => (
                <Form.Item
                  key={attribute.name}
                  name={['mapping', attribute.name]}
                  label={attribute.label ?? attribute.name}
                  className="mdm-mapping-row"
                >
                  <Select
                    allowClear
                    aria-label={t('samples.columnFor', { attribute: attribute.label ?? attribute.name })}
                    placeholder={t('samples.notMapped')}
                    options={options}
                  />
                </Form.Item>
              ))}
            </div>
            <Flex gap={12} wrap>
              <Form.Item name="idColumn" label={t('samples.idColumn')} style={{ flex: 1 }}>
                <Select allowClear aria-label={t('samples.idColumn')} options={options} />
              </Form.Item>
              <Form.Item name="updatedAtColumn" label={t('samples.updatedAtColumn')} style={{ flex: 1 }}>
                <Select allowClear aria-label={t('samples.updatedAtColumn')} options={options} />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              <Form.Item name="sourceColumn" label={t('samples.sourceColumn')} style={{ flex: 1 }}>
                <Select allowClear aria-label={t('samples.sourceColumn')} options={options} />
              </Form.Item>
              <Form.Item
                name="source"
                label={t('samples.sourceName')}
                extra={t('samples.sourceNameHelp')}
                style={{ flex: 1 }}
              >
                <Input placeholder={asset?.dataAsset?.schemaName} />
              </Form.Item>
              <Form.Item name="limit" label={t('samples.limit')} style={{ width: 140 }}>
                <InputNumber min={1} max={50000} step={1000} style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
          </>
        )
      ) : null}
    </Flex>
  );
}
