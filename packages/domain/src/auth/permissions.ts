import { NotAllowedError } from '../shared/errors.js';
import type { Actor, AppRole } from './actor.js';

/** Coarse capabilities; finer rules (RACI, ownership) live in each area's policies. */
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

const grants: Record<AppRole, readonly Permission[]> = {
  admin: [
    'stewardship:write',
    'glossary:write',
    'glossary:manage',
    'catalog:manage',
    'catalog:curate',
    'issues:report',
    'issues:triage',
    'issues:configure',
    'quality:manage',
    'webhooks:manage',
    'mdm:design',
    'program:manage',
    'accounts:manage',
    'tokens:own',
    'audit:read',
  ],
  steward: [
    'stewardship:write',
    'glossary:write',
    'glossary:manage',
    'catalog:manage',
    'catalog:curate',
    'issues:report',
    'issues:triage',
    'issues:configure',
    'quality:manage',
    'program:manage',
    'tokens:own',
    'audit:read',
  ],
  architect: ['glossary:write', 'catalog:manage', 'issues:report', 'quality:manage', 'mdm:design', 'tokens:own'],
  executive: ['issues:report', 'tokens:own'],
  viewer: ['tokens:own'],
};

const describe: Record<Permission, string> = {
  'stewardship:write': 'change people, org units, domains, councils and role assignments',
  'glossary:write': 'propose glossary terms and changes',
  'glossary:manage': 'create and configure glossaries, and import terms',
  'catalog:manage': 'add and configure data sources, and ingest or profile them',
  'catalog:curate': 'confirm classifications and link terms to columns',
  'issues:report': 'report issues or comment on them',
  'issues:triage': 'triage, assign and work any issue',
  'issues:configure': 'change the SLA policy and the root-cause taxonomy',
  'quality:manage': 'define data-quality rules and run them',
  'webhooks:manage': 'manage outgoing webhooks and read their deliveries',
  'mdm:design': 'define MDM domains and draft, simulate and activate golden-record policies',
  'program:manage': 'run governance programs: their problem, scope, steps, checklists and gates',
  'accounts:manage': 'manage user accounts',
  'tokens:own': 'create API tokens',
  'audit:read': 'read the audit log',
};

export function can(actor: Actor, permission: Permission): boolean {
  return grants[actor.role].includes(permission);
}

export function permissionsOf(role: AppRole): readonly Permission[] {
  return grants[role];
}

/** Throws NotAllowedError unless the actor holds the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new NotAllowedError(`Your role (${actor.role}) may not ${describe[permission]}.`);
  }
}
