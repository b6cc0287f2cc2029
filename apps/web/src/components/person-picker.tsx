import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PersonAvatar } from './person-avatar';
import { PersonOptionsQuery } from './person-picker.graphql';
import { useDebouncedValue } from './use-debounced-value';

interface PersonPickerProps {
  value?: string;
  onChange?: (personId: string) => void;
  /** People who may not be picked again (already in the council, already in the cell). */
  excludeIds?: readonly string[];
  id?: string;
  autoFocus?: boolean;
  /** Called with the person chosen, for forms that fill other fields from them. */
  onPick?: (person: { id: string; name: string; email: string }) => void;
  /** The person the value names when the form opens (so the field shows a name, not an id). */
  known?: { id: string; name: string } | null;
}

/** Finds an active person by name or email, searching the directory as you type. */
export function PersonPicker({ value, onChange, excludeIds = [], id, autoFocus, onPick, known }: PersonPickerProps) {
  const { t } = useTranslation('common');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({ query: PersonOptionsQuery, variables: { search: debounced || null } });
  // While the typed text has not been searched yet, the list on screen answers an older text:
  // offer nothing rather than a person the search is about to replace.
  const pending = search.trim() !== debounced || fetching;
  type Option = NonNullable<typeof data>['people']['nodes'][number];
  // The chosen person stays an option, so the field keeps showing their name while a search runs.
  const [picked, setPicked] = useState<Option | null>(null);
  const found = pending ? [] : (data?.people.nodes ?? []).filter((person) => !excludeIds.includes(person.id));
  const shown: Option | null =
    picked ?? (known ? ({ id: known.id, name: known.name, email: '', title: null } as unknown as Option) : null);
  const people =
    shown && shown.id === value && !found.some((person) => person.id === shown.id) ? [shown, ...found] : found;

  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(personId: string) => {
        onChange?.(personId);
        const person = people.find((candidate) => candidate.id === personId);
        setPicked(person ?? null);
        if (person) onPick?.(person);
      }}
      placeholder={t('picker.person')}
      notFoundContent={pending ? <Spin size="small" /> : t('picker.noPeople')}
      optionLabelProp="label"
      style={{ width: '100%' }}
      options={people.map((person) => ({
        value: person.id,
        label: person.name,
        title: person.name,
        display: person,
      }))}
      optionRender={(option) => {
        const person = option.data.display;
        return (
          <Flex gap={8} align="center">
            <PersonAvatar name={person.name} size="small" />
            <Flex vertical style={{ minWidth: 0 }}>
              <span>{person.name}</span>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {person.title ?? person.email}
              </Typography.Text>
            </Flex>
          </Flex>
        );
      }}
    />
  );
}
