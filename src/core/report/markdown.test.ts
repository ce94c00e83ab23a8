import { describe, expect, it } from 'vitest';
import { codeSpan, markdownReport, mdText, type MarkdownReportInput, type ReportGroup } from './markdown';
import { REDACTED } from './redact';

function group(over: Partial<ReportGroup> = {}): ReportGroup {
  return {
    label: '404 Not Found',
    count: 1,
    counted: true,
    entryTitle: 'The server has nothing at this address',
    summary: 'The address was reached, but nothing lives there.',
    leads: [],
    requestIds: [],
    requests: [{ method: 'GET', url: 'https://example.com/missing.png', type: 'image', time: 1_700_000_000_000 }],
    ...over,
  };
}

function input(over: Partial<MarkdownReportInput> = {}): MarkdownReportInput {
  return {
    pageUrl: 'https://example.com/shop',
    browser: 'Chrome 126',
    generatedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    verdict: 'The page loaded, but 1 request failed.',
    groups: [group()],
    droppedDetails: 0,
    ...over,
  };
}

/**
 * The characters that make Markdown markup, outside code spans and not escaped by
 * a backslash. A clean report has none in text that came from outside.
 */
function unescapedMarkup(line: string): string[] {
  const withoutCode = line.replace(/(`+)[^`]*?\1/g, '');
  const found: string[] = [];
  for (let i = 0; i < withoutCode.length; i++) {
    const ch = withoutCode[i] ?? '';
    if (ch === '\\') {
      i++;
      continue;
    }
    if ('`*_[]<>|~&$@'.includes(ch)) found.push(ch);
  }
  return found;
}

describe('markdownReport', () => {
  it('has the heading, the page, browser, ISO date and verdict', () => {
    const md = markdownReport(input());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# HTTP Why report');
    expect(lines).toContain('- **Page:** `https://example.com/shop`');
    expect(lines).toContain('- **Browser:** Chrome 126');
    expect(lines).toContain('- **Date:** 2024-01-02T03:04:05.000Z');
    expect(lines).toContain('- **Verdict:** The page loaded, but 1 request failed.');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('writes one section per group with count, title, summary, diagnosis, ids and requests', () => {
    const md = markdownReport(
      input({
        groups: [
          group({
            label: '502 Bad Gateway',
            count: 3,
            entryTitle: 'The gateway got no valid answer',
            summary: 'Cloudflare could not reach the origin server.',
            leads: ['Answered by Cloudflare', 'Retry in 2 minutes'],
            requestIds: ['Cloudflare Ray ID: 8a1b2c3d4e5f6a7b-LHR'],
            requests: [
              { method: 'POST', url: 'https://api.example.com/cart', type: 'xmlhttprequest', time: 0 },
              { method: 'GET', url: 'https://api.example.com/user', type: 'fetch', time: 1000 },
            ],
          }),
        ],
      }),
    );
    const section = md.slice(md.indexOf('### 502 Bad Gateway'));
    expect(section.split('\n').slice(0, 20)).toEqual([
      '### 502 Bad Gateway (3 requests)',
      '',
      '**The gateway got no valid answer**',
      '',
      'Cloudflare could not reach the origin server.',
      '',
      'Diagnosis:',
      '',
      '- Answered by Cloudflare',
      '- Retry in 2 minutes',
      '',
      'Request IDs:',
      '',
      '- Cloudflare Ray ID: 8a1b2c3d4e5f6a7b-LHR',
      '',
      'Requests:',
      '',
      '- `POST` `https://api.example.com/cart` (xmlhttprequest, 1970-01-01T00:00:00.000Z)',
      '- `GET` `https://api.example.com/user` (fetch, 1970-01-01T00:00:01.000Z)',
      '- and 1 more',
    ]);
  });

  it('lists at most 10 requests, then "and N more"', () => {
    const requests = Array.from({ length: 25 }, (_, i) => ({
      method: 'GET',
      url: `https://cdn.example.com/${i}.png`,
      type: 'image',
      time: i,
    }));
    const md = markdownReport(input({ groups: [group({ count: 25, requests })] }));
    const listed = md.split('\n').filter((l) => l.startsWith('- `GET`'));
    expect(listed).toHaveLength(10);
    expect(listed[0]).toContain('https://cdn.example.com/0.png');
    expect(md).toContain('- and 15 more\n');
  });

  it('counts requests whose details were dropped in "and N more"', () => {
    const md = markdownReport(input({ groups: [group({ count: 40 })] }));
    expect(md).toContain('- and 39 more');
    expect(markdownReport(input())).not.toContain('more');
  });

  it('puts groups that do not count in a final "Not counted" section', () => {
    const md = markdownReport(
      input({
        groups: [
          group({ label: 'net::ERR_BLOCKED_BY_CLIENT', counted: false, count: 4 }),
          group({ label: '500 Internal Server Error', count: 2 }),
        ],
      }),
    );
    const failures = md.indexOf('## Failures');
    const server = md.indexOf('### 500 Internal Server Error (2 requests)');
    const notCounted = md.indexOf('## Not counted');
    const blocked = md.indexOf('### net::ERR\\_BLOCKED\\_BY\\_CLIENT (4 requests)');
    expect(failures).toBeGreaterThan(0);
    expect(server).toBeGreaterThan(failures);
    expect(notCounted).toBeGreaterThan(server);
    expect(blocked).toBeGreaterThan(notCounted);
  });

  it('says when nothing counts and leaves out an empty "Not counted"', () => {
    const md = markdownReport(input({ groups: [] }));
    expect(md).toContain('No counted failures.');
    expect(md).not.toContain('Not counted');
  });

  it('mentions dropped details', () => {
    expect(markdownReport(input({ droppedDetails: 1 }))).toContain('details of 1 earlier failure were dropped');
    expect(markdownReport(input({ droppedDetails: 12 }))).toContain('details of 12 earlier failures were dropped');
    expect(markdownReport(input())).not.toContain('dropped');
  });

  it('redacts every URL: page, requests, and URLs quoted in text', () => {
    const md = markdownReport(
      input({
        pageUrl: 'https://u:pw@example.com/?session=s3cr3t',
        verdict: 'Redirected to https://login.example.com/?code=c0de',
        groups: [
          group({
            leads: ['Location: https://a.example/?access_token=t0ken'],
            requests: [{ method: 'GET', url: 'https://a.example/x?sig=s1g&v=1', type: 'image', time: 0 }],
          }),
        ],
      }),
    );
    for (const secret of ['pw', 's3cr3t', 'c0de', 't0ken', 's1g'])
      expect(md).not.toMatch(new RegExp(`\\b${secret}\\b`));
    expect(md).toContain(`\`https://${REDACTED}@example.com/?session=${REDACTED}\``);
    expect(md).toContain(`\`https://a.example/x?sig=${REDACTED}&v=1\``);
  });

  it('escapes hostile text from servers so nothing renders as markup', () => {
    const hostile =
      '# Hi *bold* _em_ `code` [link](https://evil.example) <img src=x onerror=alert(1)> | a | ~~s~~ $x$ &amp; @user';
    const md = markdownReport(
      input({
        browser: hostile,
        verdict: hostile,
        groups: [
          group({
            label: hostile,
            entryTitle: hostile,
            summary: hostile,
            leads: [hostile],
            requestIds: [hostile],
            requests: [{ method: 'GET', url: 'https://e.example/', type: hostile, time: 0 }],
          }),
        ],
      }),
    );
    for (const line of md.split('\n')) {
      const bare = line
        .replace(/^(#+ |- |\*\*)/, '')
        .replace(/^\*\*(Page|Browser|Date|Verdict|Note):\*\* /, '')
        .replace(/\*\*$/, '');
      expect(unescapedMarkup(bare), line).toEqual([]);
    }
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).not.toMatch(/[^\\]\]\(/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('stops bare URLs and www. names in text from autolinking', () => {
    expect(mdText('see https://evil.example and www.evil.example')).toBe(
      'see https\\://evil.example and www\\.evil.example',
    );
  });

  it('escapes what would start a block at the beginning of text', () => {
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('+ item')).toBe('\\+ item');
    expect(mdText('= underline')).toBe('\\= underline');
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('> quote')).toBe('\\> quote');
    expect(mdText('#tag')).toBe('\\#tag');
  });

  it('keeps text on one line and drops invisible characters', () => {
    const md = markdownReport(
      input({ verdict: 'line one\n# injected heading\r\n- injected item\u202egnp.exe\u0000', groups: [] }),
    );
    expect(md).toContain('- **Verdict:** line one \\# injected heading - injected itemgnp.exe\n');
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# HTTP Why report']);
  });

  it('keeps URLs with backticks, newlines and spaces inside one code span', () => {
    const md = markdownReport(
      input({
        pageUrl: 'https://e.example/a`b``c\n# x',
        groups: [],
      }),
    );
    expect(md).toContain('- **Page:** ```https://e.example/a`b``c%0A# x```\n');
  });

  it('copes with junk values', () => {
    const md = markdownReport({
      pageUrl: '',
      browser: undefined as unknown as string,
      generatedAt: Number.NaN,
      verdict: '',
      groups: [
        group({
          label: '',
          count: -5,
          leads: [42 as unknown as string, ''],
          requests: [{ method: '<b>', url: '', type: '', time: 1e20 }],
        }),
      ],
      droppedDetails: Number.POSITIVE_INFINITY,
    });
    expect(md).toContain('- **Page:** (none)');
    expect(md).toContain('- **Browser:** unknown');
    expect(md).toContain('- **Date:** unknown');
    expect(md).toContain('### Unknown failure (0 requests)');
    expect(md).not.toContain('Diagnosis');
    expect(md).toContain('- `b` (none) (other, time unknown)');
  });
});

describe('codeSpan', () => {
  it('wraps plain content in single backticks', () => {
    expect(codeSpan('abc')).toBe('`abc`');
  });

  it('uses a longer fence than any run inside, padded at backtick edges', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`a')).toBe('`` `a ``');
    expect(codeSpan('a`')).toBe('`` a` ``');
  });

  it('pads content that starts and ends with spaces so they survive', () => {
    expect(codeSpan(' a ')).toBe('`  a  `');
  });

  it('never returns an empty span', () => {
    expect(codeSpan('')).toBe('` `');
  });
});
