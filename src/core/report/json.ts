import type { FailureClass } from '../classify';
import type { Header } from '../observation';
import type { FailureRecord, TabLog } from '../tab-log';
import { isoTime } from './iso-time';
import { redactText, redactUrl } from './redact';

export interface JsonExportCount {
  key: string;
  class: FailureClass;
  count: number;
  types: Record<string, number>;
}

export interface JsonExport {
  format: 'http-why-export';
  version: 1;
  generatedAt: string;
  extensionVersion: string;
  page: { url: string; startedAt: string };
  counts: JsonExportCount[];
  /** Failures counted but no longer detailed. */
  dropped: number;
  /** The page's own document first (when it failed), then the others, oldest first. */
  failures: FailureRecord[];
}

/** Header values can quote URLs (Location, Link): redacted too. Malformed pairs are left out. */
function exportHeaders(headers: readonly Header[]): Header[] {
  const out: Header[] = [];
  for (const h of Array.isArray(headers) ? (headers as readonly unknown[]) : []) {
    if (!Array.isArray(h)) continue;
    const [name, value] = h as unknown[];
    if (typeof name === 'string' && typeof value === 'string') out.push([name, redactText(value)]);
  }
  return out;
}

/** A record fit for export: URLs redacted, and anything else that may quote one. */
function exportRecord(rec: FailureRecord): FailureRecord {
  return {
    ...rec,
    key: redactText(rec.key),
    url: redactUrl(rec.url),
    ...(rec.initiator !== undefined ? { initiator: redactUrl(rec.initiator) } : {}),
    ...(rec.error !== undefined ? { error: redactText(rec.error) } : {}),
    ...(rec.statusLine !== undefined ? { statusLine: redactText(rec.statusLine) } : {}),
    ...(rec.headers !== undefined ? { headers: exportHeaders(rec.headers) } : {}),
  };
}

/**
 * Everything HTTP Why knows about a tab's page, as plain JSON: exact counts per
 * group (largest first), how many details were dropped, and the detailed failures
 * with every URL redacted.
 */
export function jsonExport(log: TabLog, meta: { generatedAt: number; extensionVersion: string }): JsonExport {
  const counts = Object.values(log.groups)
    // Keys of network failures are the browser's error text, which may quote a URL.
    .map((g): JsonExportCount => ({ key: redactText(g.key), class: g.cls, count: g.count, types: { ...g.types } }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    format: 'http-why-export',
    version: 1,
    generatedAt: isoTime(meta.generatedAt),
    extensionVersion: meta.extensionVersion,
    page: { url: redactUrl(log.pageUrl), startedAt: isoTime(log.startedAt) },
    counts,
    dropped: log.dropped,
    failures: [...(log.mainDocument ? [log.mainDocument] : []), ...log.recent].map(exportRecord),
  };
}
