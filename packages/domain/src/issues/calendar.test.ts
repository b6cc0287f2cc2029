import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSlaMinutes,
  type BusinessCalendar,
  businessCalendarSchema,
  defaultBusinessCalendar,
  slaMinutesBetween,
} from './calendar.js';

const buildCalendar = (overrides: Partial<BusinessCalendar> = {}): BusinessCalendar => ({
  ...defaultBusinessCalendar,
  ...overrides,
});

const utc = buildCalendar();
const berlin = buildCalendar({ timeZone: 'Europe/Berlin' });
const shanghai = buildCalendar({ timeZone: 'Asia/Shanghai' });
const newYork = buildCalendar({ timeZone: 'America/New_York' });

const at = (iso: string) => new Date(iso);
const addBusiness = (start: string, minutes: number, calendar = utc) =>
  addSlaMinutes(at(start), minutes, 'business', calendar).toISOString();
const businessBetween = (from: string, to: string, calendar = utc) =>
  slaMinutesBetween(at(from), at(to), 'business', calendar);

describe('calendar clock', () => {
  it('adds and measures every minute, nights and weekends included', () => {
    expect(addSlaMinutes(at('2026-01-09T16:00:00Z'), 120, 'calendar', utc)).toEqual(at('2026-01-09T18:00:00Z'));
    expect(slaMinutesBetween(at('2026-01-09T16:00:00Z'), at('2026-01-12T16:00:00Z'), 'calendar', utc)).toBe(4320);
    expect(slaMinutesBetween(at('2026-01-09T16:00:00Z'), at('2026-01-09T16:00:30Z'), 'calendar', utc)).toBe(0.5);
  });

  it('measures nothing when `to` is not after `from`', () => {
    expect(slaMinutesBetween(at('2026-01-09T16:00:00Z'), at('2026-01-09T15:00:00Z'), 'calendar', utc)).toBe(0);
    expect(businessBetween('2026-01-09T16:00:00Z', '2026-01-09T10:00:00Z')).toBe(0);
  });

  it('rejects negative, infinite and non-numeric amounts and invalid dates', () => {
    for (const minutes of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addSlaMinutes(at('2026-01-09T16:00:00Z'), minutes, 'calendar', utc)).toThrow(RangeError);
      expect(() => addSlaMinutes(at('2026-01-09T16:00:00Z'), minutes, 'business', utc)).toThrow(RangeError);
    }
    expect(() => addSlaMinutes(at('not a date'), 10, 'business', utc)).toThrow(RangeError);
    expect(() => slaMinutesBetween(at('2026-01-09T16:00:00Z'), at('nope'), 'business', utc)).toThrow(RangeError);
  });
});

describe('business clock in UTC', () => {
  it('carries time left at Friday closing over the weekend', () => {
    expect(addBusiness('2026-01-09T16:00:00Z', 120)).toBe('2026-01-12T10:00:00.000Z');
    expect(businessBetween('2026-01-09T16:00:00Z', '2026-01-12T10:00:00Z')).toBe(120);
  });

  it('ends at closing time when the amount fills the day exactly', () => {
    expect(addBusiness('2026-01-09T16:00:00Z', 60)).toBe('2026-01-09T17:00:00.000Z');
  });

  it('starts counting at the next opening when started outside working hours', () => {
    expect(addBusiness('2026-01-06T07:30:00Z', 30)).toBe('2026-01-06T09:30:00.000Z');
    expect(addBusiness('2026-01-06T18:00:00Z', 30)).toBe('2026-01-07T09:30:00.000Z');
    expect(addBusiness('2026-01-10T11:00:00Z', 30)).toBe('2026-01-12T09:30:00.000Z');
  });

  it('returns the start for zero minutes inside working hours, else the next opening', () => {
    expect(addBusiness('2026-01-06T10:15:00Z', 0)).toBe('2026-01-06T10:15:00.000Z');
    expect(addBusiness('2026-01-06T17:00:00Z', 0)).toBe('2026-01-07T09:00:00.000Z');
    expect(addBusiness('2026-01-10T11:00:00Z', 0)).toBe('2026-01-12T09:00:00.000Z');
  });

  it('skips holidays', () => {
    const christmas = buildCalendar({ holidays: ['2026-12-24', '2026-12-25'] });
    expect(addBusiness('2026-12-23T16:00:00Z', 120, christmas)).toBe('2026-12-28T10:00:00.000Z');
    expect(businessBetween('2026-12-23T16:00:00Z', '2026-12-28T10:00:00Z', christmas)).toBe(120);
    expect(businessBetween('2026-12-24T09:00:00Z', '2026-12-25T17:00:00Z', christmas)).toBe(0);
  });

  it('counts 30 business days of 480 minutes as six working weeks', () => {
    expect(addBusiness('2026-01-05T09:00:00Z', 30 * 480)).toBe('2026-02-13T17:00:00.000Z');
    expect(businessBetween('2026-01-05T09:00:00Z', '2026-02-13T17:00:00Z')).toBe(30 * 480);
  });

  it('throws when the calendar never opens', () => {
    const mondays = Array.from({ length: 21 * 53 }, (_, week) =>
      new Date(Date.UTC(2026, 0, 5 + week * 7)).toISOString().slice(0, 10),
    );
    const allMondaysOff = buildCalendar({ workdays: [1], holidays: mondays });
    expect(() => addBusiness('2026-01-05T09:00:00Z', 10, allMondaysOff)).toThrow(/has no working time/);
  });
});

describe('business clock in other time zones', () => {
  it('counts Shanghai hours (UTC+8), where the local day differs from the UTC day', () => {
    expect(addBusiness('2026-01-05T00:30:00Z', 60, shanghai)).toBe('2026-01-05T02:00:00.000Z');
    // Friday 20:00 UTC is Saturday 04:00 in Shanghai.
    expect(addBusiness('2026-01-09T20:00:00Z', 0, shanghai)).toBe('2026-01-12T01:00:00.000Z');
    expect(businessBetween('2026-01-05T01:00:00Z', '2026-01-06T01:00:00Z', shanghai)).toBe(480);
  });

  it('counts New York hours, in winter and across the March DST change', () => {
    expect(addBusiness('2026-01-09T21:30:00Z', 60, newYork)).toBe('2026-01-12T14:30:00.000Z');
    expect(addBusiness('2026-03-06T21:00:00Z', 120, newYork)).toBe('2026-03-09T14:00:00.000Z');
    expect(businessBetween('2026-03-06T21:00:00Z', '2026-03-09T14:00:00Z', newYork)).toBe(120);
  });
});

describe('business clock across DST in Europe/Berlin', () => {
  const everyDay = buildCalendar({ timeZone: 'Europe/Berlin', workdays: [1, 2, 3, 4, 5, 6, 7] });

  it('keeps a working day 480 minutes when clocks go forward (2026-03-29)', () => {
    expect(businessBetween('2026-03-28T00:00:00Z', '2026-03-29T23:00:00Z', everyDay)).toBe(960);
    expect(addBusiness('2026-03-29T07:00:00Z', 480, everyDay)).toBe('2026-03-29T15:00:00.000Z');
    expect(addBusiness('2026-03-27T15:00:00Z', 120, berlin)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('keeps a working day 480 minutes when clocks go back (2026-10-25)', () => {
    expect(businessBetween('2026-10-24T00:00:00Z', '2026-10-25T23:00:00Z', everyDay)).toBe(960);
    expect(addBusiness('2026-10-25T08:00:00Z', 480, everyDay)).toBe('2026-10-25T16:00:00.000Z');
    expect(addBusiness('2026-10-23T14:00:00Z', 120, berlin)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('starts on the DST-change day itself', () => {
    // 01:30 UTC on 2026-03-29 is 03:30 CEST, before opening; the next opening is 09:00 CEST.
    expect(addBusiness('2026-03-29T01:30:00Z', 30, everyDay)).toBe('2026-03-29T07:30:00.000Z');
    // On a Sunday the Monday-to-Friday calendar waits for Monday 09:00 CEST.
    expect(addBusiness('2026-03-29T10:00:00Z', 0, berlin)).toBe('2026-03-30T07:00:00.000Z');
    // 00:30 UTC on 2026-10-25 is 02:30 CEST, the first of the two 02:30s; opening is 09:00 CET.
    expect(addBusiness('2026-10-25T00:30:00Z', 0, everyDay)).toBe('2026-10-25T08:00:00.000Z');
  });

  it('counts a whole-day calendar in real minutes: 23 and 25 hours on the change days', () => {
    const allDay = buildCalendar({ ...everyDay, dayStart: '00:00', dayEnd: '24:00' });
    expect(businessBetween('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', allDay)).toBe(23 * 60);
    expect(businessBetween('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', allDay)).toBe(25 * 60);
  });

  it('adds 200 business days across both changes without drifting', () => {
    expect(addBusiness('2026-01-05T08:00:00Z', 200 * 480, berlin)).toBe('2026-10-09T15:00:00.000Z');
  });
});

describe('round trip and monotonicity', () => {
  const calendars = [utc, berlin, shanghai, newYork, buildCalendar({ holidays: ['2026-03-02', '2026-03-03'] })];
  // 2026-01-01 to 2027-01-01, to whole minutes so Date keeps the amounts exact.
  const instant = fc
    .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 })
    .map((minute) => new Date(minute * 60_000));
  const amount = fc.integer({ min: 0, max: 40 * 480 });
  const calendar = fc.constantFrom(...calendars);

  it('measures back exactly the minutes it added', () => {
    fc.assert(
      fc.property(calendar, instant, amount, (week, start, minutes) => {
        const due = addSlaMinutes(start, minutes, 'business', week);
        expect(slaMinutesBetween(start, due, 'business', week)).toBe(minutes);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('never moves the due date earlier for more minutes, nor the count down for a later end', () => {
    fc.assert(
      fc.property(calendar, instant, amount, amount, (week, start, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const earlier = addSlaMinutes(start, less, 'business', week);
        const later = addSlaMinutes(start, more, 'business', week);
        expect(earlier.getTime()).toBeLessThanOrEqual(later.getTime());
        expect(slaMinutesBetween(start, earlier, 'business', week)).toBeLessThanOrEqual(
          slaMinutesBetween(start, later, 'business', week),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('businessCalendarSchema', () => {
  const valid = { timeZone: 'Europe/Berlin', workdays: [1, 2, 3, 4, 5], dayStart: '08:30', dayEnd: '17:00' };
  const issuePaths = (input: unknown) =>
    businessCalendarSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

  it('accepts a working week and defaults holidays to none', () => {
    expect(businessCalendarSchema.parse(valid)).toEqual({ ...valid, holidays: [] });
    expect(businessCalendarSchema.parse(defaultBusinessCalendar)).toEqual(defaultBusinessCalendar);
  });

  it('names the field that is wrong', () => {
    expect(issuePaths({ ...valid, timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(issuePaths({ ...valid, workdays: [] })).toEqual(['workdays']);
    expect(issuePaths({ ...valid, workdays: [1, 1] })).toEqual(['workdays']);
    expect(issuePaths({ ...valid, workdays: [0, 8] })).toEqual(['workdays.0', 'workdays.1']);
    expect(issuePaths({ ...valid, dayStart: '9:00' })).toEqual(['dayStart']);
    expect(issuePaths({ ...valid, dayEnd: '24:30' })).toEqual(['dayEnd']);
    expect(issuePaths({ ...valid, dayEnd: '5pm' })).toEqual(['dayEnd']);
    expect(issuePaths({ ...valid, dayEnd: '08:00' })).toEqual(['dayEnd']);
    expect(issuePaths({ ...valid, holidays: ['2026-02-30', '24.12.2026'] })).toEqual(['holidays.0', 'holidays.1']);
  });

  it('explains a wrong time zone with an example', () => {
    const result = businessCalendarSchema.safeParse({ ...valid, timeZone: 'Mars/Olympus' });
    expect(result.error?.issues[0]?.message).toBe('must be an IANA time zone such as Europe/Berlin');
  });
});
