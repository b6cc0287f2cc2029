import { z } from 'zod';

/**
 * Clock arithmetic for issue SLAs ("triage within 4 business hours"). Business time is counted
 * per local day of the calendar's time zone: each working day contributes the real elapsed time
 * between its opening and closing instants, so DST changes move the instants, not the length of a
 * 09:00–17:00 day. Loops run per day, never per minute.
 */

/** How an SLA counts time: every minute (calendar), or only working hours (business). */
export const slaClocks = ['calendar', 'business'] as const;
export type SlaClock = (typeof slaClocks)[number];

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** How far ahead a business clock looks for working time before it gives up. */
const SEARCH_YEARS = 20;
const SEARCH_DAYS = Math.ceil(SEARCH_YEARS * 365.25);

const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A closing time may be 24:00, so a calendar can count whole days. */
const closingTimePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A 'YYYY-MM-DD' date that exists: 2026-02-30 matches the pattern but is no day. */
function isLocalDate(value: string): boolean {
  if (!localDatePattern.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function minutesOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** The working week that business-hours SLAs count in. */
export const businessCalendarSchema = z
  .object({
    timeZone: z.string({ error: 'is required' }).refine(isTimeZone, {
      error: 'must be an IANA time zone such as Europe/Berlin',
    }),
    workdays: z
      .array(
        z
          .number()
          .int()
          .min(1, { error: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' })
          .max(7, { error: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' }),
      )
      .min(1, { error: 'must name at least one working day' })
      .refine((days) => new Set(days).size === days.length, { error: 'must not name a day twice' }),
    dayStart: z.string().regex(timeOfDayPattern, { error: 'must be a 24-hour time such as 09:00' }),
    dayEnd: z.string().regex(closingTimePattern, { error: 'must be a 24-hour time such as 17:00' }),
    holidays: z
      .array(z.string().refine(isLocalDate, { error: 'must be an existing date such as 2026-12-24' }))
      .default([]),
  })
  // A malformed time already has its own issue; comparing it would only add a second, confusing one.
  .refine(
    (calendar) =>
      !timeOfDayPattern.test(calendar.dayStart) ||
      !closingTimePattern.test(calendar.dayEnd) ||
      minutesOfDay(calendar.dayEnd) > minutesOfDay(calendar.dayStart),
    {
      error: 'dayEnd must be after dayStart',
      path: ['dayEnd'],
    },
  );
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

export const defaultBusinessCalendar: BusinessCalendar = {
  timeZone: 'UTC',
  workdays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
  holidays: [],
};

/** The instant `minutes` of SLA time after `start`. Calendar: plain addition. Business: only minutes inside working hours on workdays that are not holidays, in the calendar's time zone (a start outside working hours begins counting at the next opening). */
export function addSlaMinutes(start: Date, minutes: number, clock: SlaClock, calendar: BusinessCalendar): Date {
  const startMs = instantOf(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`SLA minutes must be a non-negative finite number, got ${minutes}`);
  }
  // Date keeps whole milliseconds only; rounding here keeps the round trip through slaMinutesBetween exact.
  let remainingMs = Math.round(minutes * MS_PER_MINUTE);
  if (clock === 'calendar') return new Date(startMs + remainingMs);

  const week = prepareWeek(calendar);
  let sawWorkingTime = false;
  let day = localDayOf(startMs, week.formatter);
  for (let step = 0; step <= SEARCH_DAYS; step++, day += MS_PER_DAY) {
    const hours = workingHoursOn(day, week);
    if (!hours || hours.close <= startMs) continue;
    sawWorkingTime = true;
    const begin = Math.max(hours.open, startMs);
    const available = hours.close - begin;
    if (remainingMs <= available) return new Date(begin + remainingMs);
    remainingMs -= available;
  }
  if (!sawWorkingTime) {
    throw new Error(
      `The business calendar has no working time in the ${SEARCH_YEARS} years after ${start.toISOString()}`,
    );
  }
  throw new RangeError(`${minutes} business minutes reach more than ${SEARCH_YEARS} years past ${start.toISOString()}`);
}

/** SLA minutes elapsed from `from` to `to` (0 when to <= from), counted the same way; the inverse of addSlaMinutes. Used for time-left and time-to-resolve measures. */
export function slaMinutesBetween(from: Date, to: Date, clock: SlaClock, calendar: BusinessCalendar): number {
  const fromMs = instantOf(from, 'from');
  const toMs = instantOf(to, 'to');
  if (toMs <= fromMs) return 0;
  if (clock === 'calendar') return (toMs - fromMs) / MS_PER_MINUTE;

  const week = prepareWeek(calendar);
  const lastDay = localDayOf(toMs, week.formatter);
  let elapsedMs = 0;
  for (let day = localDayOf(fromMs, week.formatter); day <= lastDay; day += MS_PER_DAY) {
    const hours = workingHoursOn(day, week);
    if (!hours) continue;
    elapsedMs += Math.max(0, Math.min(hours.close, toMs) - Math.max(hours.open, fromMs));
  }
  return elapsedMs / MS_PER_MINUTE;
}

function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid date`);
  return ms;
}

/** A calendar parsed once per call into the shapes the day loop needs. */
interface PreparedWeek {
  formatter: Intl.DateTimeFormat;
  workdays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  openMinute: number;
  closeMinute: number;
}

// Building an Intl.DateTimeFormat costs far more than using one; zones are few, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function prepareWeek(calendar: BusinessCalendar): PreparedWeek {
  let formatter = formatters.get(calendar.timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: calendar.timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(calendar.timeZone, formatter);
  }
  return {
    formatter,
    workdays: new Set(calendar.workdays),
    holidays: new Set(calendar.holidays),
    openMinute: minutesOfDay(calendar.dayStart),
    closeMinute: minutesOfDay(calendar.dayEnd),
  };
}

/**
 * Local wall time of an instant, as milliseconds of a UTC clock showing the same reading. Local
 * days and times are kept in that form so day steps and weekdays are plain UTC arithmetic.
 */
function wallClockOf(instantMs: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instantMs)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const wall = new Date(0);
  wall.setUTCFullYear(parts.era === 'BC' ? 1 - year : year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second));
  // formatToParts drops milliseconds; add them back so offsets come out whole.
  return wall.getTime() + (((instantMs % 1000) + 1000) % 1000);
}

function localDayOf(instantMs: number, formatter: Intl.DateTimeFormat): number {
  const wall = wallClockOf(instantMs, formatter);
  return wall - (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
}

/**
 * The instant a local wall time happens. The offset is read at a first guess and re-checked once
 * at the result, which settles the guess whenever a DST change lies between the two. A wall time
 * that a change skips or repeats (rare for working hours) still gets one nearby instant: a skipped
 * 02:30 becomes 03:30, a repeated one may be either occurrence.
 */
function instantOfWallClock(wallMs: number, formatter: Intl.DateTimeFormat): number {
  const guessedOffset = wallClockOf(wallMs, formatter) - wallMs;
  const instant = wallMs - guessedOffset;
  const offset = wallClockOf(instant, formatter) - instant;
  return offset === guessedOffset ? instant : wallMs - offset;
}

/** Opening and closing instants of a local day, or undefined when nobody works that day. */
function workingHoursOn(day: number, week: PreparedWeek): { open: number; close: number } | undefined {
  const weekday = new Date(day).getUTCDay() || 7;
  if (!week.workdays.has(weekday)) return undefined;
  if (week.holidays.has(new Date(day).toISOString().slice(0, 10))) return undefined;
  const open = instantOfWallClock(day + week.openMinute * MS_PER_MINUTE, week.formatter);
  const close = instantOfWallClock(day + week.closeMinute * MS_PER_MINUTE, week.formatter);
  return close > open ? { open, close } : undefined;
}
