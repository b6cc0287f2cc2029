import { Flex, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PersonAvatar } from './person-avatar';
import { PersonOptionsQuery } from './person-picker.graphql';
import { useDebouncedValue } from './use-debounced-value';

export interface KnownPerson {
  id: string;
  name: string;
  title?: string | null;
}

interface BaseProps {
  /** People already chosen (or shown in the form), so their names show before any search. */
  known?: readonly KnownPerson[];
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

type PeopleSelectProps =
  | (BaseProps & { multiple: true; value?: string[]; onChange?: (ids: string[]) => void })
  | (BaseProps & { multiple?: false; value?: string | null; onChange?: (id: string | null) => void });

/**
 * Picks one person or several, searching the directory as you type. Unlike the plain person
 * picker it shows the names of people already chosen, so it can edit an existing record.
 */
export function PeopleSelect(props: PeopleSelectProps) {
  const { known = [], id, placeholder, allowClear = true } = props;
  const { t } = useTranslation('common');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({ query: PersonOptionsQuery, variables: { search: debounced || null } });
  const [picked, setPicked] = useState<KnownPerson[]>([]);

  const options = useMemo(() => {
    const byId = new Map<string, KnownPerson>();
    for (const person of [...known, ...picked, ...(data?.people.nodes ?? [])]) {
      if (!byId.has(person.id)) byId.set(person.id, person);
    }
    return [...byId.values()].map((person) => ({ value: person.id, label: person.name, person }));
  }, [known, picked, data]);

  const remember = (ids: string[]) => {
    const found = options.filter((option) => ids.includes(option.value)).map((option) => option.person);
    setPicked((current) => [...current, ...found.filter((person) => !current.some((p) => p.id === person.id))]);
  };

  const common = {
    id,
    'aria-label': props['aria-label'],
    showSearch: { filterOption: false, onSearch: setSearch },
    placeholder: placeholder ?? t('picker.person'),
    notFoundContent: fetching ? <Spin size="small" /> : t('picker.noPeople'),
    allowClear,
    style: { width: '100%' },
    options,
    onBlur: () => setSearch(''),
    optionRender: (option: { data: unknown }) => {
      const person = (option.data as { person: KnownPerson }).person;
      return (
        <Flex gap={8} align="center">
          <PersonAvatar name={person.name} size="small" />
          <Flex vertical style={{ minWidth: 0 }}>
            <span>{person.name}</span>
            {person.title ? (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {person.title}
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
      );
    },
  } as const;

  if (props.multiple) {
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        value={props.value ?? []}
        onChange={(ids) => {
          remember(ids);
          setSearch('');
          props.onChange?.(ids);
        }}
      />
    );
  }
  return (
    <Select<string | undefined>
      {...common}
      value={props.value ?? undefined}
      onChange={(value) => {
        remember(value ? [value] : []);
        props.onChange?.(value ?? null);
      }}
    />
  );
}
