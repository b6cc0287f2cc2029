import { describe, expect, it } from 'vitest';
import {
  inheritedFromTerms,
  nameWords,
  passesLuhn,
  suggestClassifications,
  suggestFromName,
  suggestFromValues,
  valuePattern,
} from './classification.js';

describe('PII suggestions', () => {
  it('splits names in any case style into words', () => {
    expect(nameWords('customerEmailAddr')).toEqual(['customer', 'email', 'addr']);
    expect(nameWords('DATE_OF_BIRTH')).toEqual(['date', 'of', 'birth']);
  });

  it('suggests classes from column names, with the words that gave them away', () => {
    expect(suggestFromName('email').map((s) => s.piiClass)).toEqual(['email']);
    expect(suggestFromName('contact_e_mail')[0]).toMatchObject({
      piiClass: 'email',
      reason: 'The column name contains "e mail"',
    });
    expect(suggestFromName('date_of_birth').map((s) => s.piiClass)).toEqual(['date_of_birth']);
    expect(suggestFromName('last_name').map((s) => s.piiClass)).toEqual(['person_name']);
    expect(suggestFromName('mobilePhone').map((s) => s.piiClass)).toEqual(['phone']);
    expect(suggestFromName('street_address').map((s) => s.piiClass)).toEqual(['address']);
    expect(suggestFromName('ssn').map((s) => s.piiClass)).toEqual(['national_id']);
    expect(suggestFromName('order_total')).toEqual([]);
    expect(suggestFromName('telemetry')).toEqual([]);
    expect(suggestFromName('company_name')).toEqual([]);
    expect(suggestFromName('shipping_address_id')).toEqual([]);
    expect(suggestFromName('email_verified')).toEqual([]);
    expect(suggestFromName('national_id').map((s) => s.piiClass)).toEqual(['national_id']);
  });

  it('gives value shapes', () => {
    expect(valuePattern('AB-1234')).toBe('AA-9999');
    expect(valuePattern('+49 30 1000037')).toBe('+99 99 9999999');
  });

  it('checks card numbers with Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('1234')).toBe(false);
  });

  it('suggests classes from most values having their shape, and says what share', () => {
    const emails = suggestFromValues({
      dataType: 'text',
      values: ['a@x.example', 'b@y.example', 'c@z.example', 'not-an-email'],
    });
    expect(emails).toEqual([]);
    const mostlyEmails = suggestFromValues({
      dataType: 'text',
      values: ['a@x.example', 'b@y.example', 'c@z.example', 'd@z.example', 'nope'],
    });
    expect(mostlyEmails).toEqual([
      expect.objectContaining({ piiClass: 'email', reason: '80% of the sampled values are email addresses' }),
    ]);
    expect(
      suggestFromValues({
        dataType: 'text',
        values: ['4111111111111111', '5500 0000 0000 0004', '4012888888881881'],
      })[0]?.piiClass,
    ).toBe('payment_card');
    expect(
      suggestFromValues({ dataType: 'text', values: ['+49 30 1000037', '+49 30 1000074', '(030) 555-0101'] })[0]
        ?.piiClass,
    ).toBe('phone');
    expect(suggestFromValues({ dataType: 'integer', values: ['1000037', '1000074', '5550101'] })).toEqual([]);
    expect(suggestFromValues({ dataType: 'date', values: ['2020-01-01', '2021-03-04', '2022-05-06'] })).toEqual([]);
    expect(suggestFromValues({ dataType: 'text', values: ['2020-01-01', '2021-03-04', '2022-05-06'] })).toEqual([]);
    expect(
      suggestFromValues({ dataType: 'text', values: ['123-45-6789', '987-65-4321', '111-22-3333'] })[0]?.piiClass,
    ).toBe('national_id');
  });

  it('keeps the surer reason per class and doubts a birth date that is not a date', () => {
    const both = suggestClassifications('email', {
      dataType: 'text',
      values: ['a@x.example', 'b@x.example', 'c@x.example'],
    });
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ piiClass: 'email', basis: 'values' });
    expect(suggestClassifications('dob', { dataType: 'date', values: [] })[0]!.confidence).toBe(0.9);
    expect(suggestClassifications('dob', { dataType: 'text', values: [] })[0]!.confidence).toBe(0.5);
  });
});

describe('what a column inherits from its terms', () => {
  it('takes the strictest classification and every tag', () => {
    expect(
      inheritedFromTerms([
        { classification: 'internal', tags: ['Finance'] },
        { classification: 'restricted', tags: ['PII'] },
        { classification: 'confidential', tags: ['PII', 'GDPR'] },
      ]),
    ).toEqual({ classification: 'restricted', tags: ['Finance', 'GDPR', 'PII'] });
    expect(inheritedFromTerms([])).toEqual({ classification: null, tags: [] });
  });
});
