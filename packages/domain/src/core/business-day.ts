import { TZDate } from '@date-fns/tz';

// Asia/Shanghai has been UTC+8 all year since 1992 (daylight saving time was kept 1986–1991 only), so from then
// on the offset is a constant; earlier instants go through the time-zone database. It spares an Intl call on hot
// paths (an import row, a look-up answer); policies/record.test.ts checks both ways agree.
const FIXED_OFFSET_FROM_YEAR = 1992;
const UTC8_MS = 8 * 3_600_000;
const FIXED_OFFSET_FROM = Date.UTC(FIXED_OFFSET_FROM_YEAR, 0, 1) - UTC8_MS;
/** Business rules think in China Standard Time; instants are stored in UTC. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Local year, month, day, hour and minute of an instant in Beijing. */
const beijingParts = (at: Date) => {
  if (at.getTime() >= FIXED_OFFSET_FROM) {
    const iso = new Date(at.getTime() + UTC8_MS).toISOString();
    return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
  }
  const t = new TZDate(at.getTime(), BUSINESS_TIME_ZONE);
  return {
    day: `${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())}`,
    time: `${pad2(t.getHours())}:${pad2(t.getMinutes())}`,
  };
};

/** The local day an instant falls on in Beijing, written YYYY-MM-DD. */
export const beijingDayOf = (at: Date): string => beijingParts(at).day;

/** The local day and minute of an instant in Beijing, written YYYY-MM-DD HH:mm. */
export const beijingDateTimeOf = (at: Date): string => {
  const p = beijingParts(at);
  return `${p.day} ${p.time}`;
};

/** 00:00 Beijing time of a local day ("自…零时起"). Day overflow rolls over, so d + 1 is the next day. */
export const beijingMidnight = ({ y, m, d }: { y: number; m: number; d: number }): Date =>
  y >= FIXED_OFFSET_FROM_YEAR
    ? new Date(Date.UTC(y, m - 1, d) - UTC8_MS)
    : new Date(new TZDate(y, m - 1, d, BUSINESS_TIME_ZONE).getTime());
