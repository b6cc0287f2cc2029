import { describe, expect, it } from 'vitest';
import { defaultBusinessCalendar } from './calendar.js';
import {
  computeSlaDueDates,
  defaultSlaTargets,
  newSlaBreaches,
  readSlaClock,
  type SlaTarget,
  type SlaTracked,
  slaTargetSchema,
} from './sla.js';
import type { TicketPriority, TicketStatus } from './ticket.js';

// UTC, Monday to Friday 09:00–17:00, no holidays.
const calendar = defaultBusinessCalendar;
const at = (iso: string) => new Date(iso);

const targetFor = (priority: TicketPriority): SlaTarget => {
  const target = defaultSlaTargets.find((candidate) => candidate.priority === priority);
  if (!target) throw new Error(`no default target for ${priority}`);
  return target;
};

const dueDates = (priority: TicketPriority, startedAt: string) => {
  const { triageDueAt, resolveDueAt } = computeSlaDueDates(targetFor(priority), calendar, at(startedAt));
  return { triageDueAt: triageDueAt.toISOString(), resolveDueAt: resolveDueAt.toISOString() };
};

// 2026-11-27 is a Friday; 2026-11-28/29 the weekend; 2026-11-30 a Monday.
const fridayLate = '2026-11-27T16:00:00.000Z';

describe('defaultSlaTargets', () => {
  it('has one valid target per priority, P1 on the calendar clock and the rest on working hours', () => {
    expect(defaultSlaTargets.map((target) => target.priority)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(defaultSlaTargets.map((target) => target.clock)).toEqual(['calendar', 'business', 'business', 'business']);
    for (const target of defaultSlaTargets) expect(slaTargetSchema.parse(target)).toEqual(target);
  });
});

describe('computeSlaDueDates on the default calendar', () => {
  describe('a ticket created Friday 16:00, an hour before closing', () => {
    it('P1 counts plain hours: triage in 1h, resolve in 8h, through the night', () => {
      expect(dueDates('P1', fridayLate)).toEqual({
        triageDueAt: '2026-11-27T17:00:00.000Z',
        resolveDueAt: '2026-11-28T00:00:00.000Z',
      });
    });

    it('P2: triage 4 working hours (1h Friday + 3h Monday), resolve 3 working days (1440 min)', () => {
      // Resolve: 60 Fri + 480 Mon + 480 Tue + 420 Wed = 1440.
      expect(dueDates('P2', fridayLate)).toEqual({
        triageDueAt: '2026-11-30T12:00:00.000Z',
        resolveDueAt: '2026-12-02T16:00:00.000Z',
      });
    });

    it('P3: triage 1 working day (1h Friday + 7h Monday), resolve 10 working days', () => {
      // Resolve: 60 Fri + 9 full days (Nov 30 – Dec 10) + 420 on Fri Dec 11 = 4800.
      expect(dueDates('P3', fridayLate)).toEqual({
        triageDueAt: '2026-11-30T16:00:00.000Z',
        resolveDueAt: '2026-12-11T16:00:00.000Z',
      });
    });

    it('P4: triage 3 working days, resolve 30 working days (into the new year, no holidays)', () => {
      // Resolve: 60 Fri + 29 full days (Nov 30 – Thu Jan 7) + 420 on Fri Jan 8 = 14400.
      expect(dueDates('P4', fridayLate)).toEqual({
        triageDueAt: '2026-12-02T16:00:00.000Z',
        resolveDueAt: '2027-01-08T16:00:00.000Z',
      });
    });
  });

  describe('a ticket created Tuesday 10:30, inside working hours', () => {
    const tuesday = '2026-12-01T10:30:00.000Z';

    it('P1', () => {
      expect(dueDates('P1', tuesday)).toEqual({
        triageDueAt: '2026-12-01T11:30:00.000Z',
        resolveDueAt: '2026-12-01T18:30:00.000Z',
      });
    });

    it('P2: triage the same afternoon, resolve three working days later at the same time', () => {
      expect(dueDates('P2', tuesday)).toEqual({
        triageDueAt: '2026-12-01T14:30:00.000Z',
        resolveDueAt: '2026-12-04T10:30:00.000Z',
      });
    });

    it('P3: triage the next morning, resolve two weeks later', () => {
      expect(dueDates('P3', tuesday)).toEqual({
        triageDueAt: '2026-12-02T10:30:00.000Z',
        resolveDueAt: '2026-12-15T10:30:00.000Z',
      });
    });
  });

  describe('a ticket created on Saturday', () => {
    const saturday = '2026-11-28T10:00:00.000Z';

    it('P1 counts the weekend', () => {
      expect(dueDates('P1', saturday)).toEqual({
        triageDueAt: '2026-11-28T11:00:00.000Z',
        resolveDueAt: '2026-11-28T18:00:00.000Z',
      });
    });

    it('P2 starts counting at Monday 09:00 and ends at closing on the third day', () => {
      expect(dueDates('P2', saturday)).toEqual({
        triageDueAt: '2026-11-30T13:00:00.000Z',
        resolveDueAt: '2026-12-02T17:00:00.000Z',
      });
    });
  });

  describe('a priority change recomputes from the same slaStartedAt', () => {
    it('P3 raised to P2 moves both due dates earlier', () => {
      const before = dueDates('P3', fridayLate);
      const after = dueDates('P2', fridayLate);
      expect(before).toEqual({ triageDueAt: '2026-11-30T16:00:00.000Z', resolveDueAt: '2026-12-11T16:00:00.000Z' });
      expect(after).toEqual({ triageDueAt: '2026-11-30T12:00:00.000Z', resolveDueAt: '2026-12-02T16:00:00.000Z' });
    });

    it('P2 raised to P1 switches to the calendar clock', () => {
      expect(dueDates('P1', fridayLate)).toEqual({
        triageDueAt: '2026-11-27T17:00:00.000Z',
        resolveDueAt: '2026-11-28T00:00:00.000Z',
      });
    });

    it('P2 lowered to P4 moves both due dates later', () => {
      expect(dueDates('P4', fridayLate)).toEqual({
        triageDueAt: '2026-12-02T16:00:00.000Z',
        resolveDueAt: '2027-01-08T16:00:00.000Z',
      });
    });

    it('a custom target recomputes the same way', () => {
      const custom: SlaTarget = { priority: 'P2', triageMinutes: 30, resolveMinutes: 120, clock: 'business' };
      const { triageDueAt, resolveDueAt } = computeSlaDueDates(custom, calendar, at(fridayLate));
      expect(triageDueAt.toISOString()).toBe('2026-11-27T16:30:00.000Z');
      expect(resolveDueAt.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    });
  });
});

// A P2 ticket created Friday 16:00: triage due Monday 12:00, resolve due Wednesday 16:00.
const p2 = computeSlaDueDates(targetFor('P2'), calendar, at(fridayLate));

const tracked = (overrides: Partial<SlaTracked> = {}): SlaTracked => ({
  status: 'open',
  triageDueAt: p2.triageDueAt,
  resolveDueAt: p2.resolveDueAt,
  triagedAt: null,
  triageBreachedAt: null,
  resolveBreachedAt: null,
  ...overrides,
});

describe('newSlaBreaches', () => {
  const beforeTriageDue = at('2026-11-30T11:59:00Z');
  const afterTriageDue = at('2026-11-30T12:01:00Z');
  const afterBoth = at('2026-12-03T09:00:00Z');

  it('finds none before anything is due', () => {
    expect(newSlaBreaches(tracked(), at(fridayLate))).toEqual([]);
    expect(newSlaBreaches(tracked(), beforeTriageDue)).toEqual([]);
  });

  it('finds none at the due instant itself', () => {
    expect(newSlaBreaches(tracked(), p2.triageDueAt)).toEqual([]);
  });

  it('finds the triage breach of an open ticket past its triage due date', () => {
    expect(newSlaBreaches(tracked(), afterTriageDue)).toEqual(['triage']);
  });

  it('finds both once the resolve due date has passed too', () => {
    expect(newSlaBreaches(tracked(), afterBoth)).toEqual(['triage', 'resolve']);
  });

  it('does not report a breach already flagged', () => {
    const triageFlagged = tracked({ triageBreachedAt: afterTriageDue });
    expect(newSlaBreaches(triageFlagged, afterTriageDue)).toEqual([]);
    expect(newSlaBreaches(triageFlagged, afterBoth)).toEqual(['resolve']);
    expect(
      newSlaBreaches(tracked({ triageBreachedAt: afterTriageDue, resolveBreachedAt: afterBoth }), afterBoth),
    ).toEqual([]);
  });

  it('a ticket triaged (or further along) cannot breach triage, only resolve', () => {
    const triagedAt = at('2026-11-30T13:00:00Z');
    for (const status of ['triaged', 'in_progress', 'blocked'] as const) {
      expect(newSlaBreaches(tracked({ status, triagedAt }), afterTriageDue)).toEqual([]);
      expect(newSlaBreaches(tracked({ status, triagedAt }), afterBoth)).toEqual(['resolve']);
    }
  });

  it('a ticket out of the active statuses breaches nothing', () => {
    for (const status of ['resolved', 'closed', 'wont_fix', 'duplicate'] as const) {
      expect(newSlaBreaches(tracked({ status }), afterBoth)).toEqual([]);
    }
  });
});

describe('readSlaClock', () => {
  // A P2 ticket created Monday 09:00: triage due Monday 13:00 (240 min), resolve due Wednesday 17:00 (1440 min).
  const slaStartedAt = at('2026-11-30T09:00:00Z');
  const due = computeSlaDueDates(targetFor('P2'), calendar, slaStartedAt);
  const business = { clock: 'business' } as const;

  const ticket = (status: TicketStatus, overrides: Partial<SlaTracked & { resolvedAt: Date | null }> = {}) => ({
    ...tracked({ status, ...due }),
    slaStartedAt,
    resolvedAt: null,
    ...overrides,
  });
  const read = (status: TicketStatus, now: string, overrides = {}) =>
    readSlaClock(ticket(status, overrides), business, calendar, at(now));

  it('uses the due dates it was given', () => {
    expect(due.triageDueAt.toISOString()).toBe('2026-11-30T13:00:00.000Z');
    expect(due.resolveDueAt.toISOString()).toBe('2026-12-02T17:00:00.000Z');
  });

  it('runs for triage while open: on track with plenty left', () => {
    expect(read('open', '2026-11-30T10:00:00Z')).toEqual({
      stage: 'triage',
      dueAt: due.triageDueAt,
      state: 'on_track',
      minutesLeft: 180,
      clock: 'business',
    });
    expect(read('open', '2026-11-30T11:59:00Z')).toMatchObject({ state: 'on_track', minutesLeft: 61 });
  });

  it('is at risk with a quarter of the time or less left', () => {
    expect(read('open', '2026-11-30T12:00:00Z')).toMatchObject({ stage: 'triage', state: 'at_risk', minutesLeft: 60 });
    expect(read('open', '2026-11-30T12:45:00Z')).toMatchObject({ state: 'at_risk', minutesLeft: 15 });
  });

  it('is breached past the due date, with the overdue working minutes negative', () => {
    expect(read('open', '2026-11-30T14:00:00Z')).toEqual({
      stage: 'triage',
      dueAt: due.triageDueAt,
      state: 'breached',
      minutesLeft: -60,
      clock: 'business',
    });
    // The night does not count: 240 Monday afternoon + 60 Tuesday morning.
    expect(read('open', '2026-12-01T10:00:00Z')).toMatchObject({ state: 'breached', minutesLeft: -300 });
    expect(read('open', '2026-11-30T20:00:00Z')).toMatchObject({ state: 'breached', minutesLeft: -240 });
  });

  it('runs for resolve once triaged', () => {
    // 180 Monday + 480 Tuesday + 480 Wednesday of the 1440 allowed.
    expect(read('triaged', '2026-11-30T14:00:00Z')).toEqual({
      stage: 'resolve',
      dueAt: due.resolveDueAt,
      state: 'on_track',
      minutesLeft: 1140,
      clock: 'business',
    });
    expect(read('in_progress', '2026-12-02T09:00:00Z')).toMatchObject({ state: 'on_track', minutesLeft: 480 });
    expect(read('in_progress', '2026-12-02T11:00:00Z')).toMatchObject({ state: 'at_risk', minutesLeft: 360 });
    expect(read('blocked', '2026-12-02T16:00:00Z')).toMatchObject({ state: 'at_risk', minutesLeft: 60 });
    expect(read('in_progress', '2026-12-03T10:00:00Z')).toMatchObject({
      stage: 'resolve',
      state: 'breached',
      minutesLeft: -60,
    });
  });

  it('counts working minutes left over a weekend', () => {
    // Friday 16:00 start, Saturday noon: 180 of 240 triage minutes still left (all on Monday).
    const friday = computeSlaDueDates(targetFor('P2'), calendar, at(fridayLate));
    const reading = readSlaClock(
      { ...tracked(), ...friday, slaStartedAt: at(fridayLate), resolvedAt: null },
      business,
      calendar,
      at('2026-11-28T12:00:00Z'),
    );
    expect(reading).toMatchObject({ stage: 'triage', state: 'on_track', minutesLeft: 180 });
  });

  it('counts plain minutes on the calendar clock (P1)', () => {
    const p1 = computeSlaDueDates(targetFor('P1'), calendar, slaStartedAt);
    const p1Ticket = (status: TicketStatus) => ({ ...tracked({ status, ...p1 }), slaStartedAt, resolvedAt: null });
    const calendarClock = { clock: 'calendar' } as const;
    expect(readSlaClock(p1Ticket('open'), calendarClock, calendar, at('2026-11-30T09:30:00Z'))).toMatchObject({
      stage: 'triage',
      state: 'on_track',
      minutesLeft: 30,
    });
    expect(readSlaClock(p1Ticket('open'), calendarClock, calendar, at('2026-11-30T09:50:00Z'))).toMatchObject({
      state: 'at_risk',
      minutesLeft: 10,
    });
    expect(readSlaClock(p1Ticket('in_progress'), calendarClock, calendar, at('2026-11-30T15:00:00Z'))).toMatchObject({
      stage: 'resolve',
      state: 'at_risk',
      minutesLeft: 120,
    });
    expect(readSlaClock(p1Ticket('in_progress'), calendarClock, calendar, at('2026-11-30T18:30:00Z'))).toMatchObject({
      state: 'breached',
      minutesLeft: -90,
    });
  });

  it('reads met for a ticket resolved in time, however late it is read', () => {
    const resolvedAt = at('2026-12-02T16:00:00Z');
    for (const status of ['resolved', 'closed'] as const) {
      expect(read(status, '2026-12-20T10:00:00Z', { resolvedAt })).toEqual({
        stage: 'resolve',
        dueAt: due.resolveDueAt,
        state: 'met',
        minutesLeft: null,
        clock: 'business',
      });
    }
    expect(read('resolved', '2026-12-20T10:00:00Z', { resolvedAt: due.resolveDueAt })).toMatchObject({
      state: 'met',
    });
  });

  it('reads missed for a ticket resolved late, or flagged as breached', () => {
    expect(read('resolved', '2026-12-20T10:00:00Z', { resolvedAt: at('2026-12-03T10:00:00Z') })).toEqual({
      stage: 'resolve',
      dueAt: due.resolveDueAt,
      state: 'missed',
      minutesLeft: null,
      clock: 'business',
    });
    expect(
      read('closed', '2026-12-20T10:00:00Z', {
        resolvedAt: at('2026-12-02T16:00:00Z'),
        resolveBreachedAt: at('2026-12-02T17:05:00Z'),
      }),
    ).toMatchObject({ state: 'missed', minutesLeft: null });
  });

  // Reaching the due instant is still in time, as for newSlaBreaches and met/missed.
  it('reads the exact due instant as still in time, like the breach sweep', () => {
    const reading = read('open', '2026-11-30T13:00:00Z');
    expect(newSlaBreaches(ticket('open'), due.triageDueAt)).toEqual([]);
    expect(reading.state).not.toBe('breached');
    expect(reading.minutesLeft).toBe(0);
  });
});

describe('slaTargetSchema', () => {
  const valid = { priority: 'P2', triageMinutes: 240, resolveMinutes: 1440, clock: 'business' };
  const issuesOf = (input: unknown) =>
    slaTargetSchema
      .safeParse(input)
      .error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];

  it('accepts a target, and a resolve time equal to the triage time', () => {
    expect(slaTargetSchema.parse(valid)).toEqual(valid);
    expect(issuesOf({ ...valid, resolveMinutes: 240 })).toEqual([]);
  });

  it('rejects a resolve time shorter than the triage time, on resolveMinutes', () => {
    expect(issuesOf({ ...valid, resolveMinutes: 239 })).toEqual([
      { path: 'resolveMinutes', message: 'must not be shorter than the time to triage' },
    ]);
  });

  it('rejects minutes that are not whole', () => {
    expect(issuesOf({ ...valid, triageMinutes: 1.5 })).toEqual([
      { path: 'triageMinutes', message: 'must be a whole number of minutes' },
    ]);
    expect(issuesOf({ ...valid, resolveMinutes: 1440.5 })).toEqual([
      { path: 'resolveMinutes', message: 'must be a whole number of minutes' },
    ]);
  });

  it('rejects zero, more than a year, and a missing amount', () => {
    expect(issuesOf({ ...valid, triageMinutes: 0 }).map((issue) => issue.path)).toEqual(['triageMinutes']);
    expect(issuesOf({ ...valid, resolveMinutes: 525_601 }).map((issue) => issue.path)).toEqual(['resolveMinutes']);
    expect(issuesOf({ ...valid, triageMinutes: undefined })).toEqual([
      { path: 'triageMinutes', message: 'must be the time to triage in minutes' },
    ]);
  });

  it('rejects an unknown priority or clock', () => {
    expect(issuesOf({ ...valid, priority: 'P5', clock: 'lunar' }).map((issue) => issue.path)).toEqual([
      'priority',
      'clock',
    ]);
  });
});
