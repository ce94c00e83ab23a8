import { loadEntry } from '../knowledge/catalog';
import { firefoxAliasesOf, firefoxSentencesOf, lookupId, searchEntries } from '../knowledge/lookup';
import { FAMILY_LABELS, networkFamily } from '../knowledge/network-families';
import type { FixVoice, KnowledgeEntry } from '../knowledge/types';

/**
 * The `npm run explain` command: the same knowledge modules as the extension,
 * printed for a terminal or as one JSON object. Pure apart from loading entries:
 * returns what to print and the exit code.
 */
export interface ExplainResult {
  readonly exitCode: 0 | 1;
  readonly stdout: string;
  readonly stderr: string;
}

const WIDTH = 88;

/** Wraps to the terminal width; continuation lines get `rest` as their indent. */
function wrap(text: string, first = '', rest = first, width = WIDTH): string {
  const out: string[] = [];
  let indent = first;
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + w.length > width) {
      out.push(indent + line);
      indent = rest;
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  out.push(indent + line);
  return out.join('\n');
}

function voice(title: string, v: FixVoice): string[] {
  const lines = [title];
  v.steps.forEach((s, i) => {
    lines.push(wrap(`${i + 1}. ${s.text}`, '  ', '     '));
    for (const sn of s.snippets ?? []) {
      lines.push(`     ${sn.label}:`);
      for (const l of sn.code.split('\n')) lines.push(`       ${l}`);
    }
  });
  if (v.nothingToDo) lines.push(wrap(v.nothingToDo, '  '));
  return lines;
}

export function renderText(e: KnowledgeEntry, firefox: readonly string[]): string {
  const lines: string[] = [e.title, '='.repeat(Math.min(e.title.length, WIDTH)), wrap(e.summary), ''];
  lines.push('What it means', wrap(e.meaning, '  '), '');
  if (e.contrasts.length > 0) {
    lines.push('Not to be confused with');
    for (const c of e.contrasts) lines.push(wrap(`- ${c.text}`, '  ', '    '));
    lines.push('');
  }
  lines.push('Common causes');
  for (const c of e.causes) lines.push(wrap(`- ${c.title}. ${c.detail}`, '  ', '    '));
  lines.push('', ...voice('If you are visiting the site', e.visitor), '');
  lines.push(...voice('If you run the site', e.owner), '');
  lines.push('Retry', wrap(`${e.retry.advice}: ${e.retry.note}`, '  '), '');
  if (e.faq.length > 0) {
    lines.push('Questions');
    for (const f of e.faq) lines.push(wrap(`Q: ${f.q}`, '  ', '     '), wrap(`A: ${f.a}`, '  ', '     '));
    lines.push('');
  }
  if (firefox.length > 0) lines.push('Firefox reports it as', wrap(firefox.join(', '), '  '), '');
  if (e.related.length > 0) lines.push(`Related: ${e.related.join(', ')}`);
  lines.push('References');
  for (const r of e.references) lines.push(`  ${r.title}: ${r.url}`);
  return lines.join('\n');
}

export async function explain(args: readonly string[]): Promise<ExplainResult> {
  const json = args.includes('--json');
  const query = args
    .filter((a) => a !== '--json')
    .join(' ')
    .trim();
  if (query === '') {
    return { exitCode: 1, stdout: '', stderr: 'Usage: npm run explain -- <status code or error name> [--json]\n' };
  }
  const found = lookupId(query);
  const entry = found ? await loadEntry(found.id) : undefined;
  if (!found || !entry) {
    const hits = await searchEntries(query, 5);
    const hint = hits.length > 0 ? `\nDid you mean: ${hits.map((h) => `${h.id} (${h.title})`).join(', ')}?` : '';
    return {
      exitCode: 1,
      stdout: '',
      stderr: `No entry for "${query}". Try a status code (404), a Chromium error name (ERR_NAME_NOT_RESOLVED) or a Firefox one (NS_ERROR_UNKNOWN_HOST).${hint}\n`,
    };
  }
  const firefox = [...firefoxAliasesOf(entry.id), ...firefoxSentencesOf(entry.id)];
  if (json) {
    return { exitCode: 0, stdout: JSON.stringify({ ...entry, firefoxAliases: firefox, query }) + '\n', stderr: '' };
  }
  const family = found.id === 'generic-network' ? ` ${FAMILY_LABELS[networkFamily(query.toUpperCase())]}` : '';
  const note = found.generic
    ? `(No entry of its own for "${query}": this is the general entry for its family.)${family}\n\n`
    : '';
  return { exitCode: 0, stdout: note + renderText(entry, firefox) + '\n', stderr: '' };
}
