import { percentEncodeUnsafe, stripUnsafe } from './control-chars';
import { isoTime } from './iso-time';
import { redactText, redactUrl } from './redact';

/** One failure group of a report, as the popup shows it. */
export interface ReportGroup {
  label: string;
  count: number;
  counted: boolean;
  entryTitle: string;
  summary: string;
  /** Diagnosis one-liners. */
  leads: readonly string[];
  /** "Cloudflare Ray ID: …" */
  requestIds: readonly string[];
  requests: readonly { readonly method: string; readonly url: string; readonly type: string; readonly time: number }[];
}

export interface MarkdownReportInput {
  pageUrl: string;
  browser: string;
  generatedAt: number;
  verdict: string;
  groups: readonly ReportGroup[];
  droppedDetails: number;
}

/** Requests listed per group; the rest are counted in "and N more". */
export const MAX_LISTED_REQUESTS = 10;
/** Longest piece of text taken from a group, a server or a URL. */
const MAX_TEXT = 1000;
/** Most diagnosis lines and request ids listed per group. */
const MAX_LINES = 20;

/**
 * Characters that are markup somewhere in CommonMark or GitHub Markdown: code,
 * emphasis, links and images, HTML and entities, headings, tables, strikethrough,
 * math, e-mail autolinks. Each is written with a backslash and shows as itself.
 */
const MARKUP = /[\\`*_[\]<>#|~&$@]/g;

/**
 * Server or URL text as one line of plain Markdown: redacted, without control or
 * invisible characters, bounded, and escaped so that it renders as the same text
 * and never as markup or a link.
 */
export function mdText(s: unknown): string {
  let t = typeof s === 'string' ? s : '';
  t = stripUnsafe(redactText(t)).replace(/\s+/g, ' ').trim();
  if (t.length > MAX_TEXT) t = t.slice(0, MAX_TEXT - 1) + '…';
  return (
    t
      .replace(MARKUP, '\\$&')
      // GFM autolinks "https://…" and "www.…" in plain text: an escaped ":" or "." stops both.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (m) => m.slice(0, 3) + '\\.')
      // At the start of a line: list items, block quotes, setext underlines, ordered lists.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A code span holding `s` literally, whatever backticks it contains: the fence is
 * one backtick longer than the longest run inside, with a space of padding when the
 * content starts or ends with a backtick or a space (CommonMark strips one each side).
 */
export function codeSpan(s: string): string {
  const content = s === '' ? ' ' : s;
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return fence + pad + content + pad + fence;
}

/** A URL for a report: redacted, one line, no invisible characters, in a code span. */
function mdUrl(url: unknown): string {
  const u = typeof url === 'string' ? url : '';
  if (u === '') return '(none)';
  let safe = percentEncodeUnsafe(redactUrl(u));
  if (safe.length > 4 * MAX_TEXT) safe = safe.slice(0, 4 * MAX_TEXT - 1) + '…';
  return codeSpan(safe);
}

/** The list itself, or an empty one when a caller passed something else. */
function asList<T>(v: readonly T[]): readonly T[] {
  const value: unknown = v;
  return Array.isArray(value) ? v : [];
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function bullets(title: string, lines: unknown): string[] {
  const items = (Array.isArray(lines) ? (lines as unknown[]) : [])
    .slice(0, MAX_LINES)
    .map(mdText)
    .filter((l) => l !== '');
  return items.length === 0 ? [] : [`${title}:`, '', ...items.map((l) => `- ${l}`), ''];
}

function groupSection(g: ReportGroup, level: string): string[] {
  const n = count(g.count);
  const lines = [`${level} ${mdText(g.label) || 'Unknown failure'} (${plural(n, 'request', 'requests')})`, ''];
  const title = mdText(g.entryTitle);
  if (title !== '') lines.push(`**${title}**`, '');
  const summary = mdText(g.summary);
  if (summary !== '') lines.push(summary, '');
  lines.push(...bullets('Diagnosis', g.leads), ...bullets('Request IDs', g.requestIds));
  const requests = asList(g.requests);
  if (requests.length > 0) {
    lines.push('Requests:', '');
    for (const r of requests.slice(0, MAX_LISTED_REQUESTS)) {
      const method = typeof r.method === 'string' ? r.method.replace(/[^A-Za-z0-9-]/g, '').slice(0, 16) : '';
      const type = mdText(r.type) || 'other';
      lines.push(`- ${codeSpan(method || 'GET')} ${mdUrl(r.url)} (${type}, ${isoTime(r.time, 'time unknown')})`);
    }
    const more = Math.max(n, requests.length) - Math.min(requests.length, MAX_LISTED_REQUESTS);
    if (more > 0) lines.push(`- and ${more} more`);
    lines.push('');
  }
  return lines;
}

/**
 * A bug report in Markdown: the page, browser, date and verdict, then one section
 * per counted failure group (explanation, diagnosis, request ids, up to ten
 * requests), then the groups that do not count under "Not counted". Every value
 * from a server or URL is redacted and escaped; URLs are in code spans.
 */
export function markdownReport(input: MarkdownReportInput): string {
  const groups = asList(input.groups);
  const counted = groups.filter((g) => g.counted);
  const apart = groups.filter((g) => !g.counted);
  const lines = [
    '# HTTP Why report',
    '',
    `- **Page:** ${mdUrl(input.pageUrl)}`,
    `- **Browser:** ${mdText(input.browser) || 'unknown'}`,
    `- **Date:** ${isoTime(input.generatedAt, 'unknown')}`,
    `- **Verdict:** ${mdText(input.verdict) || 'none'}`,
  ];
  const dropped = count(input.droppedDetails);
  if (dropped > 0) {
    const what = plural(dropped, 'earlier failure', 'earlier failures');
    lines.push(`- **Note:** details of ${what} were dropped to save memory; the counts are exact.`);
  }
  lines.push('', '## Failures', '');
  if (counted.length === 0) lines.push('No counted failures.', '');
  for (const g of counted) lines.push(...groupSection(g, '###'));
  if (apart.length > 0) {
    lines.push('## Not counted', '');
    for (const g of apart) lines.push(...groupSection(g, '###'));
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
