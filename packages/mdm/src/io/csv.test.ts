import { describe, expect, it } from 'vitest';
import { febrlEntity, readCsvRecords, SampleFileError } from './csv.js';

describe('reading sample records from CSV', () => {
  it('trims FEBRL-style ", " separators, keeps leading zeros, treats empty as missing and hides id and truth', () => {
    const text = 'rec_id, name, postcode, entity\nrec-1-org, ann, 0800, e1\nrec-1-dup-0, "lee, ann", , e1\n';
    const { columns, records, truth } = readCsvRecords(text, { idColumn: 'rec_id', truthColumn: 'entity' });
    expect(columns).toEqual(['rec_id', 'name', 'postcode', 'entity']);
    expect(records[0]).toEqual({
      id: 'rec-1-org',
      source: null,
      updatedAt: null,
      values: { name: 'ann', postcode: '0800' },
    });
    expect(records[1]!.values).toEqual({ name: 'lee, ann', postcode: null });
    expect(truth).toEqual(['e1', 'e1']);
  });

  it('reads sources and update times from columns, or one source for the file', () => {
    const text = 'id,name,system,changed\n1,ann,crm,2026-01-01\n2,bob,,\n';
    const { records } = readCsvRecords(text, { idColumn: 'id', sourceColumn: 'system', updatedAtColumn: 'changed' });
    expect(records.map((record) => [record.source, record.updatedAt])).toEqual([
      ['crm', '2026-01-01'],
      [null, null],
    ]);
    expect(readCsvRecords(text, { idColumn: 'id', source: 'erp' }).records[1]!.source).toBe('erp');
  });

  it('names the column when an option names a column the file lacks, or ids are empty or repeated', () => {
    const problem = (text: string, idColumn: string) => {
      try {
        readCsvRecords(text, { idColumn });
      } catch (error) {
        expect(error).toBeInstanceOf(SampleFileError);
        return { field: (error as SampleFileError).field, message: (error as Error).message };
      }
      throw new Error('expected a SampleFileError');
    };
    expect(problem('id,name\n1,a\n', 'key')).toEqual({
      field: 'idColumn',
      message: 'names a column the file does not have (key)',
    });
    expect(problem('id,name\n1,a\n1,b\n', 'id').message).toBe('repeats the id 1 (data line 2)');
    expect(problem('id,name\n,a\n', 'id').message).toBe('is empty on data line 1');
    expect(problem('id,name\n1,"a\n', 'id').field).toBe('file');
  });

  it('reads the entity out of FEBRL ids, so such an id column is its own truth column', () => {
    const { truth } = readCsvRecords('rec_id,name\nrec-7-org,a\nrec-7-dup-2,b\nx-1,c\n', {
      idColumn: 'rec_id',
      truthColumn: 'rec_id',
    });
    expect(truth).toEqual(['7', '7', 'x-1']);
    expect(febrlEntity('rec-122-org')).toBe('122');
    expect(febrlEntity('rec-122-dup-3')).toBe('122');
    expect(febrlEntity('other')).toBe('other');
  });
});
