/**
 * HTTP-date parsing (RFC 9110 section 5.6.7): IMF-fixdate and the two obsolete
 * forms recipients must still accept. Strict on shape, unlike Date.parse, which
 * reads "120" as the year 120. Returns epoch milliseconds, or undefined.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
const LONG_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MON = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

/** Sun, 06 Nov 1994 08:49:37 GMT */
const IMF = new RegExp(`^${DAY},\\s*(\\d{1,2})\\s+${MON}\\s+(\\d{4})\\s+${TIME}\\s+GMT$`, 'i');
/** Sunday, 06-Nov-94 08:49:37 GMT */
const RFC850 = new RegExp(`^${LONG_DAY},\\s*(\\d{1,2})-${MON}-(\\d{2})\\s+${TIME}\\s+GMT$`, 'i');
/** Sun Nov  6 08:49:37 1994 */
const ASCTIME = new RegExp(`^${DAY}\\s+${MON}\\s+(\\d{1,2})\\s+${TIME}\\s+(\\d{4})$`, 'i');

export function parseHttpDate(value: string): number | undefined {
  const s = value.trim();
  let m = IMF.exec(s);
  if (m) return build(m[3], m[2], m[1], m[4], m[5], m[6]);
  m = RFC850.exec(s);
  if (m) {
    // Two-digit years: RFC 9110 reads them as the most recent matching past year;
    // a fixed pivot is close enough for a header nobody should still send.
    const yy = Number(m[3]);
    return build(String(yy < 70 ? 2000 + yy : 1900 + yy), m[2], m[1], m[4], m[5], m[6]);
  }
  m = ASCTIME.exec(s);
  if (m) return build(m[6], m[1], m[2], m[3], m[4], m[5]);
  return undefined;
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): number | undefined {
  const y = Number(year);
  const mo = MONTHS.indexOf((month ?? '').toLowerCase());
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const se = Number(second);
  if (mo < 0 || h > 23 || mi > 59 || se > 60) return undefined;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(se, 59));
  // Rejects 31 Feb and the like instead of rolling into the next month.
  const back = new Date(t);
  if (!Number.isFinite(t) || back.getUTCDate() !== d || back.getUTCMonth() !== mo) return undefined;
  return t;
}
