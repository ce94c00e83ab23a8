import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIASES as httpAliases } from './aliases/http';
import { FAMILY_LABELS, NETWORK_FAMILIES, type NetworkFamily, networkFamily } from './network-families';

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../../shared/reference/${file}`, import.meta.url), 'utf8');
  const [head, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (head ?? '').split(',');
  return rows.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

const chromium = readCsv('chromium-net-errors.csv');
const firefox = readCsv('firefox-network-errors.csv');
const toCover = readCsv('network-errors-to-cover.csv');

/** Chromium ranges that are one family throughout. */
const DIRECT_RANGES: Readonly<Record<string, NetworkFamily>> = {
  certificate: 'certificate',
  'certificate-manager': 'certificate',
  dns: 'dns',
  cache: 'cache',
  blob: 'generic',
};

/** Ranges that mix families, and the families their names may take. */
const MIXED_RANGES: Readonly<Record<string, readonly NetworkFamily[]>> = {
  system: ['generic', 'blocked', 'offline', 'connection'],
  connection: ['connection', 'dns', 'offline', 'proxy', 'tls'],
  misc: ['certificate', 'http', 'generic'],
};

/** Names of the http range placed elsewhere by meaning; every other name there is 'http'. */
const HTTP_RANGE_MOVED: Readonly<Record<string, NetworkFamily>> = {
  'net::ERR_EMPTY_RESPONSE': 'connection',
  'net::ERR_UNEXPECTED_PROXY_AUTH': 'proxy',
  'net::ERR_PAC_SCRIPT_FAILED': 'proxy',
  'net::ERR_NO_SUPPORTED_PROXIES': 'proxy',
  'net::ERR_PAC_NOT_IN_DHCP': 'proxy',
  'net::ERR_PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION': 'proxy',
  'net::ERR_PROXY_HTTP_1_1_REQUIRED': 'proxy',
  'net::ERR_PAC_SCRIPT_TERMINATED': 'proxy',
  'net::ERR_PROXY_REQUIRED': 'proxy',
  'net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY': 'tls',
  'net::ERR_QUIC_CERT_ROOT_NOT_KNOWN': 'certificate',
  'net::ERR_INCONSISTENT_IP_ADDRESS_SPACE': 'blocked',
  'net::ERR_CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_PRIVATE_NETWORK_ACCESS_POLICY': 'blocked',
  'net::ERR_BLOCKED_BY_PRIVATE_NETWORK_ACCESS_CHECKS': 'blocked',
};

describe('networkFamily on Chromium names', () => {
  it('reads a non-empty list', () => {
    expect(chromium.length).toBeGreaterThan(200);
  });

  it.each(chromium.map((r) => [r['name'] ?? '', r['range'] ?? ''] as const))('%s (range %s)', (name, range) => {
    const family = networkFamily(name);
    const direct = DIRECT_RANGES[range];
    const mixed = MIXED_RANGES[range];
    if (direct !== undefined) {
      expect(family).toBe(direct);
    } else if (range === 'http') {
      expect(family).toBe(HTTP_RANGE_MOVED[name] ?? 'http');
    } else if (mixed !== undefined) {
      expect(mixed).toContain(family);
    } else {
      throw new Error(`unknown range "${range}" in chromium-net-errors.csv`);
    }
  });

  it('places the mixed connection and system ranges by name', () => {
    for (const { name = '', range } of chromium) {
      if (name.startsWith('net::ERR_SSL_')) expect(networkFamily(name), name).toBe('tls');
      if (name.startsWith('net::ERR_CERT_')) expect(networkFamily(name), name).toBe('certificate');
      if (name.startsWith('net::ERR_DNS_') || name.startsWith('net::ERR_NAME_')) {
        expect(networkFamily(name), name).toBe('dns');
      }
      if (name.startsWith('net::ERR_BLOCKED_BY_')) expect(networkFamily(name), name).toBe('blocked');
      if (range === 'connection' && /PROXY|SOCKS/.test(name)) expect(networkFamily(name), name).toBe('proxy');
    }
  });

  it('HTTP_RANGE_MOVED names only http-range errors', () => {
    const httpRange = new Set(chromium.filter((r) => r['range'] === 'http').map((r) => r['name']));
    for (const name of Object.keys(HTTP_RANGE_MOVED)) expect(httpRange.has(name), name).toBe(true);
  });

  it('accepts names without "net::", in any case, with spaces around', () => {
    expect(networkFamily('ERR_NAME_NOT_RESOLVED')).toBe('dns');
    expect(networkFamily('  net::err_cert_date_invalid ')).toBe('certificate');
  });

  it('places unknown Chromium names by the words they contain', () => {
    expect(networkFamily('net::ERR_CERT_SOMETHING_NEW')).toBe('certificate');
    expect(networkFamily('net::ERR_SSL_SOMETHING_NEW')).toBe('tls');
    expect(networkFamily('net::ERR_DNS_SOMETHING_NEW')).toBe('dns');
    expect(networkFamily('net::ERR_HTTP2_SOMETHING_NEW')).toBe('http');
    expect(networkFamily('net::ERR_SOMETHING_NEW')).toBe('generic');
  });
});

describe('networkFamily agrees with network-errors-to-cover.csv', () => {
  // The range column of chromium-net-errors.csv wins where the two lists disagree.
  const RANGE_WINS: Readonly<Record<string, NetworkFamily>> = { 'net::ERR_CACHE_MISS': 'cache' };

  it.each(toCover.filter((r) => r['chrome'] !== '').map((r) => [r['chrome'] ?? '', r['family'] ?? ''] as const))(
    '%s is %s',
    (name, family) => {
      expect(networkFamily(name)).toBe(RANGE_WINS[name] ?? family);
    },
  );

  it.each(toCover.filter((r) => r['firefox'] !== '').map((r) => [r['firefox'] ?? '', r['family'] ?? ''] as const))(
    '%s is %s',
    (name, family) => {
      expect(networkFamily(name.replace(/^\(sentence\)\s*/, ''))).toBe(family);
    },
  );
});

describe('networkFamily on Firefox names', () => {
  it('reads a non-empty list', () => {
    expect(firefox.length).toBeGreaterThan(100);
  });

  it.each(firefox.map((r) => [r['name'] ?? '', r['module'] ?? '', r['hint'] ?? ''] as const))(
    '%s (%s: %s)',
    (name, module, hint) => {
      const family = networkFamily(name);
      expect(NETWORK_FAMILIES).toContain(family);
      if (name.startsWith('NS_ERROR_PROXY_')) expect(family).toBe('proxy');
      if (module === 'URILOADER' && name.endsWith('_URI')) expect(family).toBe('blocked');
      if (module === 'CONTENT' || module === 'SECURITY') expect(family).toBe('blocked');
      if (module === 'CORE') expect(family).toBe('generic');
      if (module === 'WEBREQUEST_FALLBACK') expect(['generic', 'dns', 'connection', 'tls', 'proxy']).toContain(family);
      if (/^(hostname lookup|definitive DNS)/.test(hint)) expect(family).toBe('dns');
    },
  );

  it('places NSS names and English TLS sentences', () => {
    expect(networkFamily('SEC_ERROR_EXPIRED_CERTIFICATE')).toBe('certificate');
    expect(networkFamily('SSL_ERROR_BAD_CERT_DOMAIN')).toBe('certificate');
    expect(networkFamily('SSL_ERROR_NO_CYPHER_OVERLAP')).toBe('tls');
    expect(networkFamily('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_RX_RECORD_TOO_LONG)')).toBe(
      'tls',
    );
    expect(networkFamily('Peer\u2019s Certificate issuer is not recognized.')).toBe('certificate');
    expect(networkFamily('SSL received a record that exceeded the maximum permissible length.')).toBe('tls');
  });
});

describe('aliases/http.ts', () => {
  const ids = new Set([
    ...toCover.map((r) => r['chrome'] ?? '').filter((id) => id !== ''),
    ...toCover.filter((r) => r['chrome'] === '').map((r) => r['firefox'] ?? ''),
  ]);
  const firefoxNames = new Set(firefox.map((r) => r['name']));

  it.each(Object.entries(httpAliases.names))('%s -> %s', (name, id) => {
    expect(firefoxNames.has(name)).toBe(true);
    expect(ids.has(id)).toBe(true);
    expect(networkFamily(name)).toBe(networkFamily(id));
  });
});

describe('networkFamily on anything else', () => {
  const garbage = [
    '',
    '   ',
    'net::',
    'net::ERR_',
    'ERR_',
    'NS_',
    'hello world',
    '404',
    '<b>oops</b>',
    '\u{1F4A5}',
    'x'.repeat(10_000),
  ];

  it.each(garbage.map((g, i) => [i, g] as const))('garbage #%i is generic', (_i, g) => {
    expect(networkFamily(g)).toBe('generic');
  });

  it('does not throw on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(networkFamily(value as string)).toBe('generic');
    }
  });
});

describe('FAMILY_LABELS', () => {
  it.each(NETWORK_FAMILIES.map((f) => [f] as const))('%s has one plain line', (family) => {
    const label = FAMILY_LABELS[family];
    expect(label.trim()).toBe(label);
    expect(label.length).toBeGreaterThan(10);
    expect(label).not.toMatch(/[\n<>]/);
  });
});
