import { builder } from '../../builder.js';

export const HierarchyFilter = builder.inputType('HierarchyFilter', {
  description: 'Filters for the domain tree and the organisation chart.',
  fields: (t) => ({
    search: t.string({ description: 'Part of the name.' }),
    parentId: t.id({ description: 'Only the direct children of this node.' }),
    rootsOnly: t.boolean({ description: 'Only the top-level nodes.' }),
  }),
});

export const DeleteRecordInput = builder.inputType('DeleteRecordInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

/** GraphQL IDs arrive as strings or numbers; the core filters take strings. */
export function hierarchyFilterArg(
  filter: { search?: string | null; parentId?: string | number | null; rootsOnly?: boolean | null } | null | undefined,
) {
  if (!filter) return null;
  return {
    search: filter.search ?? null,
    parentId: filter.parentId == null ? null : String(filter.parentId),
    rootsOnly: filter.rootsOnly ?? null,
  };
}
