import { DomainError } from '../core/index.ts';

/** A local calendar date in Asia/Shanghai, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** Day of the week as `Date#getUTCDay` numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/**
 * Asia/Shanghai has been UTC+8 without daylight saving since 1992, so local days are fixed 24 h slices of the UTC
 * time line. A constant offset keeps the hot paths free of tz-database look-ups and of the process TZ;
 * local-time.test.ts checks it against the tz database (via @date-fns/tz) over the whole supported range.
 */
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Tables cover these local years; deadlines outside them are refused rather than guessed. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local date, or undefined when the text is not a real date. */
export const epochDayOf = (iso: string): number | undefined => {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / DAY_MS;
};

/**
 * Civil date of an epoch day (H. Hinnant's days_from_civil inverse): plain arithmetic, because the hot paths format
 * due dates and derive years millions of times a second.
 */
const civil = (epochDay: number): { y: number; m: number; d: number } => {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
};

export const isoOfEpochDay = (epochDay: number): IsoDate => {
  const { y, m, d } = civil(epochDay);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
};

export const yearOfEpochDay = (epochDay: number): number => civil(epochDay).y;

export const weekdayOfEpochDay = (epochDay: number): Weekday => ((((epochDay + 4) % 7) + 7) % 7) as Weekday;

/** The local (Asia/Shanghai) day an instant falls on, as an epoch day. */
export const localEpochDay = (ms: number): number => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);

/** The instant a local day starts (local midnight). */
export const startOfLocalDay = (epochDay: number): number => epochDay * DAY_MS - SHANGHAI_OFFSET_MS;

/** The local business date of an instant, independent of the process time zone. */
export const localDateOf = (instant: Date): IsoDate => isoOfEpochDay(localEpochDay(instant.getTime()));

export const FIRST_EPOCH_DAY = Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS;
export const END_EPOCH_DAY = Date.UTC(LAST_YEAR + 1, 0, 1) / DAY_MS;
/** Number of local days the tables hold. */
export const DAY_COUNT = END_EPOCH_DAY - FIRST_EPOCH_DAY;

const HH_MM = /^(\d{2}):(\d{2})$/;

/** Minutes after local midnight of 'HH:mm'; '24:00' is allowed as the end of a range that runs to midnight. */
export const minutesOf = (hhmm: string): number | undefined => {
  const m = HH_MM.exec(hhmm);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return 1440;
  return h < 24 && min < 60 ? h * 60 + min : undefined;
};

/** Milliseconds since epoch of a caller's Date; an invalid Date is a caller bug and is refused by code. */
export const instantMs = (at: Date, field: string): number => {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new DomainError('CALENDAR_INVALID_ARGUMENT', { field, reason: 'invalidDate' });
  return ms;
};
