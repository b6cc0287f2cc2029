import { useQuery } from 'urql';
import { HierarchySelect } from './hierarchy-select';
import { OrgUnitOptionsQuery } from './person-picker.graphql';

interface OrgUnitSelectProps {
  value?: string | null;
  onChange?: (value: string) => void;
  id?: string;
  placeholder?: string;
  allowTopLevel?: boolean;
  excludeSubtreeOf?: string;
}

/** Picks a unit of the organisation chart. */
export function OrgUnitSelect(props: OrgUnitSelectProps) {
  const [{ data, fetching }] = useQuery({ query: OrgUnitOptionsQuery });
  return <HierarchySelect {...props} nodes={data?.orgUnits.nodes ?? []} loading={fetching} />;
}
