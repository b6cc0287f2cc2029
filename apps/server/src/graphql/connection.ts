import type { ArgBuilder, ObjectRef, SchemaTypes } from '@pothos/core';

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

import { MAX_PAGE_SIZE, type Page } from '@steward/domain';
import { builder } from './builder.js';

export const PageInfo = builder.objectRef<Page<unknown>>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.string({ nullable: true, resolve: (page) => page.endCursor }),
  }),
});

/**
 * A forward cursor connection for a type: `{ nodes, pageInfo, totalCount }`. Pages are keyset
 * pages from core (`first` at most 100), so deep pages cost what the first one does.
 */
export function connectionOf<T>(type: ObjectRef<BuilderTypes, T>, name: string) {
  return builder.objectRef<Page<T>>(`${name}Connection`).implement({
    fields: (t) => ({
      nodes: t.field({ type: [type], resolve: (page) => page.nodes }),
      pageInfo: t.field({ type: PageInfo, resolve: (page) => page as Page<unknown> }),
      totalCount: t.exposeInt('totalCount'),
    }),
  });
}

/** The arguments of every list: `first` (1–100, default 25) and `after` (a cursor). */
export const pageArgs = <Types extends SchemaTypes>(arg: ArgBuilder<Types>) => ({
  first: arg.int({ required: false, description: `Page size, 1 to ${MAX_PAGE_SIZE}; default 25.` }),
  after: arg.string({ required: false, description: 'The `endCursor` of the previous page.' }),
});
