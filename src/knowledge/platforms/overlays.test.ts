import { describe, expect, it } from 'vitest';
import type { FixStep } from '../types';
import { adviceFor, hasOverlay, loadAllOverlays, loadOverlay } from './catalog';
import type { PlatformAdvice, PlatformOverlay } from './types';

const PLATFORMS = [
  'cloudflare',
  'cloudfront',
  'amazon-s3',
  'aws-elb',
  'aws-waf',
  'akamai',
  'fastly',
  'vercel',
  'netlify',
  'azure-front-door',
  'google-cloud',
  'github-pages',
  'heroku',
  'nginx',
  'apache',
  'iis',
  'aspnet',
  'express',
  'php',
] as const;

/** The codes each overlay must explain (the assignment's minimum). */
const REQUIRED: Record<(typeof PLATFORMS)[number], readonly string[]> = {
  cloudflare: ['403', '429', '500', '502', '503', '504', '520', '521', '522', '523', '524', '525', '526', '527', '530'],
  cloudfront: ['403', '502', '503', '504', '4xx', '5xx'],
  'amazon-s3': ['403', '404', '503'],
  'aws-elb': ['460', '463', '464', '502', '503', '504', '561'],
  'aws-waf': ['403', '405'],
  akamai: ['403', '503'],
  fastly: ['429', '503'],
  vercel: ['404', '413', '429', '500', '504', '508'],
  netlify: ['404', '429', '502', '504'],
  'azure-front-door': ['403', '503', '504'],
  'google-cloud': ['429', '502', '503', '504'],
  'github-pages': ['404'],
  heroku: ['404', '503'],
  nginx: ['400', '403', '404', '413', '499', '502', '504'],
  apache: ['403', '413', '500', '503'],
  iis: ['401', '403', '404', '500', '502', '503'],
  aspnet: ['400', '500'],
  express: ['404', '413', '500'],
  php: ['500', '502', '504'],
};

const LEAD_MAX = 140;
const HTML = /<\/?[a-z][^>]*>/i;

/** Every rule one text field breaks. */
function textProblems(where: string, value: string | undefined): string[] {
  if (value === undefined) return [`${where} is missing`];
  const p: string[] = [];
  if (value.trim() === '') p.push(`${where} is empty`);
  else if (value !== value.trim()) p.push(`${where} has leading or trailing spaces`);
  if (HTML.test(value)) p.push(`${where} contains HTML markup`);
  return p;
}

function stepProblems(where: string, steps: readonly FixStep[] | undefined): string[] {
  if (!steps) return [];
  const p: string[] = [];
  if (steps.length === 0) p.push(`${where} is an empty list`);
  steps.forEach((s, i) => {
    p.push(...textProblems(`${where}[${i}].text`, s.text));
    s.snippets?.forEach((sn, j) => {
      p.push(...textProblems(`${where}[${i}].snippets[${j}].label`, sn.label));
      if (sn.code.trim() === '') p.push(`${where}[${i}].snippets[${j}] code is empty`);
    });
  });
  return p;
}

function adviceProblems(key: string, a: PlatformAdvice): string[] {
  const p: string[] = [];
  if (!/^[45]\d\d$/.test(key) && key !== '4xx' && key !== '5xx') p.push(`key "${key}" is not a 4xx/5xx code`);
  p.push(...textProblems(`${key}.lead`, a.lead));
  if (a.lead.length > LEAD_MAX) p.push(`${key}.lead is ${a.lead.length} characters (max ${LEAD_MAX})`);
  if (a.meaning !== undefined) p.push(...textProblems(`${key}.meaning`, a.meaning));
  if (a.causes?.length === 0) p.push(`${key}.causes is an empty list`);
  a.causes?.forEach((c, i) => {
    p.push(...textProblems(`${key}.causes[${i}].title`, c.title));
    p.push(...textProblems(`${key}.causes[${i}].detail`, c.detail));
  });
  p.push(...stepProblems(`${key}.visitor`, a.visitor));
  p.push(...stepProblems(`${key}.owner`, a.owner));
  a.references?.forEach((r, i) => {
    p.push(...textProblems(`${key}.references[${i}].title`, r.title));
    if (!/^https:\/\/[^\s]+$/.test(r.url)) p.push(`${key}.references[${i}] is not an https link: ${r.url}`);
  });
  return p;
}

/** Every rule an overlay breaks (empty when valid). */
function overlayProblems(o: PlatformOverlay): string[] {
  const p: string[] = [];
  p.push(...textProblems('name', o.name));
  p.push(...textProblems('about', o.about));
  if (o.support !== undefined) p.push(...textProblems('support', o.support));
  const keys = Object.keys(o.codes);
  if (keys.length === 0) p.push('no codes');
  for (const key of keys) {
    const a = o.codes[key];
    if (a) p.push(...adviceProblems(key, a));
  }
  return p;
}

// The file each overlay came from, to check it against the platform id inside.
const files = import.meta.glob<PlatformOverlay>(['./*.ts', '!./types.ts', '!./catalog.ts', '!./*.test.ts'], {
  import: 'default',
  eager: true,
});
const byFile = Object.entries(files).map(([path, o]) => [path.slice(2, -3), o] as const);

describe('platform overlays', async () => {
  const all = await loadAllOverlays();

  it('has exactly the 19 platforms, one file each', () => {
    expect(all.map((o) => o.platform).sort()).toEqual([...PLATFORMS].sort());
    expect(byFile.map(([file]) => file).sort()).toEqual([...PLATFORMS].sort());
  });

  it.each(byFile)('%s.ts holds the overlay of that platform', (file, overlay) => {
    expect(overlay.platform).toBe(file);
  });

  it.each(all.map((o) => [o.platform, o] as const))('%s is valid', (_id, overlay) => {
    expect(overlayProblems(overlay)).toEqual([]);
  });

  it.each(PLATFORMS.map((id) => [id, REQUIRED[id]] as const))('%s explains its required codes', async (id, codes) => {
    const overlay = await loadOverlay(id);
    expect(overlay).toBeDefined();
    const missing = codes.filter((c) => !overlay || !Object.prototype.hasOwnProperty.call(overlay.codes, c));
    expect(missing).toEqual([]);
  });

  it('knows which platforms have overlays', async () => {
    for (const id of PLATFORMS) expect(hasOverlay(id)).toBe(true);
    expect(hasOverlay('types')).toBe(false);
    expect(hasOverlay('catalog')).toBe(false);
    expect(hasOverlay('overlays.test')).toBe(false);
    expect(hasOverlay('')).toBe(false);
    expect(hasOverlay('Cloudflare')).toBe(false);
    expect(await loadOverlay('no-such-platform')).toBeUndefined();
    expect((await loadOverlay('nginx'))?.name).toBe('nginx');
  });

  it('checks its own rules', () => {
    const bad: PlatformOverlay = {
      platform: 'x',
      name: ' x',
      about: 'An <b>odd</b> one.',
      codes: {
        '200': { lead: 'Fine.' },
        '5xx': { lead: 'y'.repeat(LEAD_MAX + 1), references: [{ title: 'Docs', url: 'http://example.com/' }] },
      },
    };
    const problems = overlayProblems(bad);
    expect(problems).toContain('name has leading or trailing spaces');
    expect(problems).toContain('about contains HTML markup');
    expect(problems).toContain('key "200" is not a 4xx/5xx code');
    expect(problems).toContain(`5xx.lead is ${LEAD_MAX + 1} characters (max ${LEAD_MAX})`);
    expect(problems).toContain('5xx.references[0] is not an https link: http://example.com/');
  });
});

describe('adviceFor', () => {
  const a403: PlatformAdvice = { lead: 'Exactly 403.' };
  const a4xx: PlatformAdvice = { lead: 'Any other 4xx.' };
  const a5xx: PlatformAdvice = { lead: 'Any 5xx.' };
  const a520: PlatformAdvice = { lead: 'Exactly 520.' };
  const both: PlatformOverlay = {
    platform: 'test',
    name: 'Test',
    about: 'A test overlay.',
    codes: { '403': a403, '4xx': a4xx, '5xx': a5xx, '520': a520 },
  };
  const noFallback: PlatformOverlay = { ...both, codes: { '403': a403 } };

  it('prefers the exact key', () => {
    expect(adviceFor(both, '403')).toBe(a403);
    expect(adviceFor(both, '520')).toBe(a520);
    expect(adviceFor(both, '4xx')).toBe(a4xx);
  });

  it('falls back to the class of a three-digit code', () => {
    expect(adviceFor(both, '400')).toBe(a4xx);
    expect(adviceFor(both, '499')).toBe(a4xx);
    expect(adviceFor(both, '500')).toBe(a5xx);
    expect(adviceFor(both, '599')).toBe(a5xx);
  });

  it('finds nothing outside 400-599 or for other keys', () => {
    expect(adviceFor(both, '399')).toBeUndefined();
    expect(adviceFor(both, '600')).toBeUndefined();
    expect(adviceFor(both, '4040')).toBeUndefined();
    expect(adviceFor(both, '40')).toBeUndefined();
    expect(adviceFor(both, ' 404')).toBeUndefined();
    expect(adviceFor(both, 'net::ERR_CONNECTION_REFUSED')).toBeUndefined();
    expect(adviceFor(both, '')).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(adviceFor(both, 'constructor')).toBeUndefined();
    expect(adviceFor(both, 'toString')).toBeUndefined();
    expect(adviceFor(both, '__proto__')).toBeUndefined();
  });

  it('finds nothing when the class has no fallback', () => {
    expect(adviceFor(noFallback, '403')).toBe(a403);
    expect(adviceFor(noFallback, '404')).toBeUndefined();
    expect(adviceFor(noFallback, '502')).toBeUndefined();
  });

  it('works on the real overlays', async () => {
    const cloudflare = await loadOverlay('cloudflare');
    const cloudfront = await loadOverlay('cloudfront');
    expect(cloudflare && adviceFor(cloudflare, '522')?.lead).toMatch(/Cloudflare/);
    expect(cloudfront && adviceFor(cloudfront, '404')).toBe(cloudfront?.codes['4xx']);
    expect(cloudfront && adviceFor(cloudfront, '502')).toBe(cloudfront?.codes['502']);
  });
});
