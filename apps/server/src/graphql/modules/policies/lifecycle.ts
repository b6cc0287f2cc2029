import {
  isPastSchedule,
  legalHoldRegister,
  lifecycleOfAsset,
  placeLegalHold,
  releaseLegalHold,
  resolveRecordLinks,
  retentionSchedules,
  standingHolds,
} from '@steward/core';
import { builder } from '../../builder.js';
import { actorOf } from '../../context.js';
import { ResolvedRecordLinkRef } from '../../record-links.js';
import { withoutNulls } from '../../without-nulls.js';
import { DataAssetRef } from '../catalog/catalog.js';
import { Person } from '../stewardship/types.js';
import { PolicyRef } from './policies.js';

/** Information lifecycle: a table's retention classes and legal holds, and the registers of both. */

type AssetLifecycle = Awaited<ReturnType<typeof lifecycleOfAsset>>;

const RetentionScheduleRef = builder.objectRef<AssetLifecycle['schedules'][number]>('RetentionSchedule').implement({
  description: "A table's retention class: an approved policy's retention control that covers it.",
  fields: (t) => ({
    retentionClass: t.exposeString('retentionClass', { description: 'keep 730 days, then delete (GP-2)' }),
    keepDays: t.exposeInt('keepDays'),
    action: t.exposeString('action', { description: 'archive or delete' }),
    controlName: t.exposeString('controlName'),
    policy: t.field({ type: PolicyRef, resolve: (schedule) => schedule.policyId }),
    driver: t.exposeString('driver', { nullable: true, description: 'The legal or business basis.' }),
    pastSchedule: t.exposeBoolean('pastSchedule', {
      description: 'The latest evaluation found rows older than the schedule.',
    }),
    openTicketKey: t.exposeString('openTicketKey', { nullable: true, description: 'The disposal task.' }),
    exceptionUntil: t.exposeString('exceptionUntil', {
      nullable: true,
      description: 'An exception to the control in force until this date (YYYY-MM-DD).',
    }),
  }),
});

const LegalHoldRef = builder
  .objectRef<AssetLifecycle['holds'][number] | Awaited<ReturnType<typeof legalHoldRegister>>[number]>('LegalHold')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      table: t.field({
        type: ResolvedRecordLinkRef,
        description: 'The table held.',
        resolve: async (hold, _args, context) =>
          (await resolveRecordLinks(context.db, [{ type: 'asset', id: hold.assetId }]))[0]!,
      }),
      version: t.exposeInt('version'),
      matter: t.exposeString('matter'),
      reason: t.exposeString('reason', { nullable: true }),
      placedBy: t.field({ type: Person, nullable: true, resolve: (hold) => hold.placedBy }),
      placedAt: t.expose('createdAt', { type: 'DateTime' }),
      releasedAt: t.expose('releasedAt', { type: 'DateTime', nullable: true }),
      releasedBy: t.field({ type: Person, nullable: true, resolve: (hold) => hold.releasedBy }),
      releaseNote: t.exposeString('releaseNote', { nullable: true }),
    }),
  });

const AssetLifecycleRef = builder.objectRef<AssetLifecycle>('AssetLifecycle').implement({
  fields: (t) => ({
    schedules: t.field({ type: [RetentionScheduleRef], resolve: (lifecycle) => lifecycle.schedules }),
    holds: t.field({
      type: [LegalHoldRef],
      description: 'Standing holds first, then lifted ones.',
      resolve: (lifecycle) => lifecycle.holds,
    }),
  }),
});

builder.objectFields(DataAssetRef, (t) => ({
  lifecycle: t.field({
    type: AssetLifecycleRef,
    description: 'Its retention classes and legal holds.',
    resolve: (asset, _args, context) => lifecycleOfAsset(context.db, asset.id),
  }),
}));

builder.mutationFields((t) => ({
  placeLegalHold: t.field({
    type: LegalHoldRef,
    errors: {},
    args: {
      assetId: t.arg.id({ required: true }),
      matter: t.arg.string({ required: true }),
      reason: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const hold = await placeLegalHold(
        context.db,
        actorOf(context),
        withoutNulls({ ...args, assetId: String(args.assetId) }) as never,
      );
      return { ...hold, placedByName: null, releasedByName: null };
    },
  }),
  releaseLegalHold: t.field({
    type: LegalHoldRef,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      note: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const hold = await releaseLegalHold(context.db, actorOf(context), { ...args, id: String(args.id) });
      return { ...hold, placedByName: null, releasedByName: null };
    },
  }),
}));

type RetentionEntry = Awaited<ReturnType<typeof retentionSchedules>>[number];

const RetentionTableRef = builder
  .objectRef<{ assetId: string; pastSchedule: boolean; heldFor: string[] }>('RetentionTable')
  .implement({
    fields: (t) => ({
      table: t.field({
        type: ResolvedRecordLinkRef,
        resolve: async (row, _args, context) =>
          (await resolveRecordLinks(context.db, [{ type: 'asset', id: row.assetId }]))[0]!,
      }),
      pastSchedule: t.exposeBoolean('pastSchedule'),
      heldFor: t.exposeStringList('heldFor', { description: 'The matters of the legal holds standing on it.' }),
    }),
  });

const RetentionRegisterEntryRef = builder.objectRef<RetentionEntry>('RetentionRegisterEntry').implement({
  description: "A retention schedule in force: an approved policy's active retention control and the tables it covers.",
  fields: (t) => ({
    controlId: t.exposeID('controlId'),
    controlName: t.exposeString('controlName'),
    policy: t.field({ type: PolicyRef, resolve: (entry) => entry.policyId }),
    driver: t.exposeString('driver', { nullable: true }),
    keepDays: t.exposeInt('keepDays'),
    action: t.exposeString('action', { description: 'archive or delete' }),
    evaluated: t.boolean({ resolve: (entry) => entry.evidence !== null }),
    openTicketKey: t.exposeString('openTicketKey', { nullable: true, description: 'The disposal task.' }),
    exceptionUntil: t.exposeString('exceptionUntil', { nullable: true }),
    tables: t.field({
      type: [RetentionTableRef],
      resolve: async (entry, _args, context) => {
        const held = await context.memo('standing-holds', () => standingHolds(context.db));
        return entry.assetIds.map((assetId) => ({
          assetId,
          pastSchedule: isPastSchedule(entry, assetId),
          heldFor: held.get(assetId) ?? [],
        }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  legalHolds: t.field({
    type: [LegalHoldRef],
    description: 'The legal-hold register: every hold on every table, standing ones first.',
    resolve: (_root, _args, context) => legalHoldRegister(context.db),
  }),
  retentionSchedules: t.field({
    type: [RetentionRegisterEntryRef],
    description: 'The retention schedule: every approved policy’s active retention control and its tables.',
    resolve: (_root, _args, context) => retentionSchedules(context.db),
  }),
}));
