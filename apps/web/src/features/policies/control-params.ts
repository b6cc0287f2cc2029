import type { ShownRecordLink } from '../../components/record-links-input';
import type { ControlFrequency, ControlKind, ControlParamsInput, PolicyControlFieldsFragment } from '../../gql/graphql';
import { isAttested } from './policy-shared';

/** What the control editor's form holds: the control's own fields and what checks it. */
export interface ControlFormValues {
  name?: string;
  description?: string;
  ownerPersonId?: string;
  frequency?: ControlFrequency;
  params?: {
    kind?: ControlKind;
    ruleIds?: ShownRecordLink[];
    requireSteward?: boolean;
    requireMaskingNote?: boolean;
    keepDays?: number | null;
    action?: 'archive' | 'delete';
    timestampColumn?: string;
    assetIds?: ShownRecordLink[];
  };
}

/** A new control starts as a classification requirement asking for a steward, checked monthly. */
export function newControlValues(ownerPersonId: string): ControlFormValues {
  return {
    ownerPersonId,
    frequency: 'monthly',
    params: { kind: 'classification_requirement', requireSteward: true, requireMaskingNote: false, action: 'archive' },
  };
}

/** The form as an existing control fills it: only the fields of its kind are set in `settings`. */
export function controlValuesOf(control: PolicyControlFieldsFragment): ControlFormValues {
  const { settings } = control;
  return {
    name: control.name,
    description: control.description ?? '',
    ownerPersonId: control.owner.id,
    frequency: control.frequency,
    params: {
      kind: control.kind,
      ruleIds: settings.rules.map((link) => ({ ...link })),
      requireSteward: settings.requireSteward ?? false,
      requireMaskingNote: settings.requireMaskingNote ?? false,
      keepDays: settings.keepDays ?? null,
      action: settings.action === 'delete' ? 'delete' : 'archive',
      timestampColumn: settings.timestampColumn ?? '',
      assetIds: settings.assets.map((link) => ({ ...link })),
    },
  };
}

/** What the API takes for the kind chosen: the fields of that kind only. */
export function toParams(params: NonNullable<ControlFormValues['params']>): ControlParamsInput {
  const kind = params.kind ?? 'classification_requirement';
  switch (kind) {
    case 'quality_rule':
      return { kind, ruleIds: (params.ruleIds ?? []).map((link) => link.id) };
    case 'classification_requirement':
      return {
        kind,
        requireSteward: params.requireSteward ?? false,
        requireMaskingNote: params.requireMaskingNote ?? false,
      };
    case 'retention':
      return {
        kind,
        keepDays: params.keepDays ?? null,
        action: params.action ?? null,
        timestampColumn: params.timestampColumn?.trim() ?? '',
        assetIds: (params.assetIds ?? []).map((link) => link.id),
      };
    default:
      return { kind };
  }
}

/** An attested control has nothing to set beyond its kind, so a change leaves its params alone. */
export function changedParams(params: NonNullable<ControlFormValues['params']>): ControlParamsInput | null {
  return isAttested(params.kind ?? 'attestation') ? null : toParams(params);
}
