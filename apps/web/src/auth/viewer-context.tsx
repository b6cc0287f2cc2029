import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** Coarse capabilities the server grants per app role (Viewer.permissions). */
export type Permission =
  | 'stewardship:write'
  | 'glossary:write'
  | 'glossary:manage'
  | 'catalog:manage'
  | 'catalog:curate'
  | 'issues:report'
  | 'issues:triage'
  | 'issues:configure'
  | 'quality:manage'
  | 'webhooks:manage'
  | 'mdm:design'
  | 'program:manage'
  | 'accounts:manage'
  | 'tokens:own'
  | 'audit:read';

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in viewer; only rendered under the session gate, so it is always there. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is used outside the signed-in part of the app');
  return viewer;
}

/** Whether the viewer may do something; the UI offers only what this says. */
export function useCan(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}
