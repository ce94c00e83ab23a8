import type { FailureClass } from './classify';

export type Voice = 'visitor' | 'owner';

/** What the user chose on the options page (stored in storage.sync). */
export interface Settings {
  /** Which classes count on the badge. */
  readonly count: Readonly<Record<FailureClass, boolean>>;
  /** Whether failures of other sites' requests (ads, widgets, CDNs of others) count. */
  readonly countThirdParty: boolean;
  /** Host patterns whose requests are not recorded: "example.com" or "*.example.com". */
  readonly ignoreHosts: readonly string[];
  readonly badgeEnabled: boolean;
  readonly defaultVoice: Voice;
}

export const DEFAULT_SETTINGS: Settings = {
  count: { client: true, server: true, 'odd-status': true, network: true, aborted: false, blocked: false },
  countThirdParty: true,
  ignoreHosts: [],
  badgeEnabled: true,
  defaultVoice: 'visitor',
};

export const MAX_IGNORE_PATTERNS = 200;

export function isCounted(cls: FailureClass, settings: Settings): boolean {
  return settings.count[cls];
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Checks one ignore-list pattern. Returns null when it is valid, else a message
 * that says what is wrong. Accepted: "example.com", "*.example.com" (the domain
 * and all its subdomains), "localhost", an IPv4 address, with an optional port.
 */
export function hostPatternProblem(raw: string): string | null {
  const p = raw.trim().toLowerCase();
  if (p === '') return 'The pattern is empty.';
  if (p.length > 253) return 'The pattern is longer than a host name can be (253 characters).';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(p)) return 'Write only the host, without "http://" or "https://".';
  if (p.includes('/')) return 'Write only the host, without a path.';
  const port = /:(\d{1,5})$/.exec(p);
  if (port && !(Number(port[1]) >= 1 && Number(port[1]) <= 65535)) return 'A port is a number from 1 to 65535.';
  const host = port ? p.slice(0, port.index) : p;
  if (port && host.startsWith('*.')) return 'A port cannot follow a "*." pattern: write the host without a port.';
  const body = host.startsWith('*.') ? host.slice(2) : host;
  if (body.includes('*')) return 'A "*" may only stand at the start, as in "*.example.com".';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(body)) {
    return body.split('.').every((n) => Number(n) <= 255) ? null : 'That is not a valid IPv4 address.';
  }
  const labels = body.split('.');
  if (labels.some((l) => !LABEL.test(l))) {
    return 'Use letters, digits, hyphens and dots only (international names in their xn-- form).';
  }
  return null;
}

/** Normalised pattern (lower case, trimmed), for storage and matching. */
export function normalisePattern(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Whether `host` (with optional port) is covered by one of the patterns. */
export function isIgnoredHost(host: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const h = host.toLowerCase();
  const bare = h.replace(/:\d+$/, '');
  for (const p of patterns) {
    if (p === h || p === bare) return true;
    if (p.startsWith('*.')) {
      const d = p.slice(2);
      if (bare === d || bare.endsWith('.' + d)) return true;
    }
  }
  return false;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** Reads stored settings; anything missing or malformed takes its default. */
export function parseSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (typeof raw !== 'object' || raw === null) return d;
  const r = raw as Record<string, unknown>;
  const c = (typeof r['count'] === 'object' && r['count'] !== null ? r['count'] : {}) as Record<string, unknown>;
  const hosts = Array.isArray(r['ignoreHosts']) ? r['ignoreHosts'] : [];
  return {
    count: {
      client: bool(c['client'], d.count.client),
      server: bool(c['server'], d.count.server),
      'odd-status': bool(c['odd-status'], d.count['odd-status']),
      network: bool(c['network'], d.count.network),
      aborted: bool(c['aborted'], d.count.aborted),
      blocked: bool(c['blocked'], d.count.blocked),
    },
    countThirdParty: bool(r['countThirdParty'], d.countThirdParty),
    ignoreHosts: hosts
      .filter((h): h is string => typeof h === 'string' && hostPatternProblem(h) === null)
      .map(normalisePattern)
      .slice(0, MAX_IGNORE_PATTERNS),
    badgeEnabled: bool(r['badgeEnabled'], d.badgeEnabled),
    defaultVoice: r['defaultVoice'] === 'owner' ? 'owner' : 'visitor',
  };
}
