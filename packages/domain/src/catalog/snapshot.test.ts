import { describe, expect, it } from 'vitest';
import { diffCatalog, type SnapshotAsset, type StoredAsset, summarizeChanges } from './snapshot.js';

const field = (name: string, dataType = 'text', nullable = true) => ({
  name,
  dataType,
  nullable,
  description: null as string | null,
});

const stored = (name: string, fields: ReturnType<typeof field>[], options: Partial<StoredAsset> = {}): StoredAsset => ({
  schema: 'crm',
  name,
  kind: 'table',
  description: null,
  removed: false,
  fields: fields.map((item) => ({ ...item, removed: false })),
  ...options,
});

const snap = (
  name: string,
  fields: ReturnType<typeof field>[],
  options: Partial<SnapshotAsset> = {},
): SnapshotAsset => ({
  schema: 'crm',
  name,
  kind: 'table',
  description: null,
  rowEstimate: null,
  definition: null,
  fields: fields.map((item, index) => ({ ...item, position: index + 1, primaryKey: false })),
  foreignKeys: [],
  reads: [],
  ...options,
});

describe('diffCatalog', () => {
  it('reports nothing when the snapshot matches the catalogue', () => {
    const changes = diffCatalog([stored('customer', [field('id', 'uuid', false)])], {
      serverVersion: '15',
      assets: [snap('customer', [field('id', 'uuid', false)])],
    });
    expect(changes).toEqual([]);
    expect(summarizeChanges(changes)).toBe('No changes');
  });

  it('names added and removed assets, added, removed and retyped columns', () => {
    const changes = diffCatalog(
      [
        stored('customer', [field('id', 'uuid', false), field('email'), field('fax')]),
        stored('legacy_contact', [field('id')]),
      ],
      {
        serverVersion: '15',
        assets: [
          snap('customer', [field('id', 'uuid', false), field('email', 'character varying(320)'), field('phone')]),
          snap('order', [field('id')]),
          snap('active_customer', [field('id')], { kind: 'view' }),
        ],
      },
    );
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          kind: 'field_type_changed',
          asset: 'crm.customer',
          field: 'email',
          before: 'text',
          after: 'character varying(320)',
        },
        { kind: 'field_added', asset: 'crm.customer', field: 'phone', dataType: 'text' },
        { kind: 'field_removed', asset: 'crm.customer', field: 'fax', dataType: 'text' },
        { kind: 'asset_added', asset: 'crm.order', assetKind: 'table' },
        { kind: 'asset_added', asset: 'crm.active_customer', assetKind: 'view' },
        { kind: 'asset_removed', asset: 'crm.legacy_contact', assetKind: 'table' },
      ]),
    );
    expect(changes).toHaveLength(6);
    expect(summarizeChanges(changes)).toBe(
      '1 table added, 1 view added, 1 table removed, 1 column added, 1 column removed, 1 column type changed',
    );
  });

  it('brings a removed asset back, and does not report it removed twice', () => {
    const before = [
      stored('customer', [field('id')], { removed: true }),
      stored('gone', [field('id')], { removed: true }),
    ];
    const changes = diffCatalog(before, { serverVersion: '15', assets: [snap('customer', [field('id')])] });
    expect(changes).toEqual([{ kind: 'asset_restored', asset: 'crm.customer', assetKind: 'table' }]);
  });

  it('notices nullability and comment changes', () => {
    const changes = diffCatalog([stored('customer', [field('email', 'text', true)])], {
      serverVersion: '15',
      assets: [
        snap('customer', [{ ...field('email', 'text', false), description: 'Where we write to the customer' }], {
          description: 'People who bought from us',
        }),
      ],
    });
    expect(changes.map((change) => change.kind).sort()).toEqual([
      'asset_description_changed',
      'field_description_changed',
      'field_nullability_changed',
    ]);
    expect(summarizeChanges(changes)).toBe(
      '1 table comment changed, 1 column nullability changed, 1 column comment changed',
    );
  });
});
