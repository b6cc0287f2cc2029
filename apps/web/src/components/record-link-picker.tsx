import { Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { RecordLinkType } from '../gql/graphql';
import { RecordLinkCandidatesQuery } from './record-link-picker.graphql';
import { useDebouncedValue } from './use-debounced-value';

export interface PickedRecord {
  type: RecordLinkType;
  id: string;
  label: string;
}

interface RecordLinkPickerProps {
  /** The kinds of record offered, in this order (the first is chosen at the start). */
  types: readonly RecordLinkType[];
  value?: PickedRecord | null;
  onChange?: (record: PickedRecord | null) => void;
  id?: string;
}

/** Chooses a record of any area to link to: first its kind, then the record, searched by name. */
export function RecordLinkPicker({ types, value, onChange, id }: RecordLinkPickerProps) {
  const { t } = useTranslation('common');
  const [type, setType] = useState<RecordLinkType>(value?.type ?? types[0]!);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: RecordLinkCandidatesQuery,
    variables: { type, search: debounced || null },
  });
  const pending = search.trim() !== debounced || fetching;
  const found = pending ? [] : (data?.recordLinkCandidates ?? []);
  const options =
    value && value.type === type && !found.some((record) => record.id === value.id) ? [value, ...found] : found;

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label={t('recordLink.kind')}
        value={type}
        style={{ width: 170 }}
        onChange={(next: RecordLinkType) => {
          setType(next);
          setSearch('');
          onChange?.(null);
        }}
        options={types.map((kind) => ({ value: kind, label: t(`recordLink.types.${kind}`) }))}
      />
      <Select
        id={id}
        aria-label={t('recordLink.record')}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        value={value && value.type === type ? value.id : undefined}
        placeholder={t('recordLink.search')}
        notFoundContent={pending ? <Spin size="small" /> : t('recordLink.none')}
        style={{ flex: 1, minWidth: 0 }}
        onChange={(recordId: string) => {
          const record = options.find((candidate) => candidate.id === recordId);
          onChange?.(record ? { type, id: record.id, label: record.label } : null);
        }}
        options={options.map((record) => ({ value: record.id, label: record.label }))}
      />
    </Space.Compact>
  );
}
