/** What an export says for a time it cannot place: the Unix epoch. */
export const EPOCH_ISO = '1970-01-01T00:00:00.000Z';

/**
 * A millisecond timestamp as an ISO 8601 string. `Date#toISOString` throws on NaN
 * and on times beyond ±8.64e15 ms; here those give `fallback` instead.
 */
export function isoTime(ms: unknown, fallback = EPOCH_ISO): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return fallback;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? fallback : d.toISOString();
}
