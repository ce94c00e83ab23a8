import { entryFileName } from './entry-file';
import type { FixVoice, KnowledgeEntry } from './types';

export const SUMMARY_MAX = 140;

/**
 * The 25 most common failures; their entries must carry a FAQ. Kept here so the
 * rule and the list live together.
 */
export const FAQ_REQUIRED: readonly string[] = [
  '400',
  '401',
  '403',
  '404',
  '405',
  '408',
  '410',
  '413',
  '422',
  '429',
  '500',
  '502',
  '503',
  '504',
  '520',
  '522',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_CONNECTION_TIMED_OUT',
  'net::ERR_CONNECTION_RESET',
  'net::ERR_CERT_AUTHORITY_INVALID',
  'net::ERR_CERT_DATE_INVALID',
  'net::ERR_CERT_COMMON_NAME_INVALID',
  'net::ERR_TOO_MANY_REDIRECTS',
  'net::ERR_FAILED',
];

function checkText(problems: string[], where: string, value: string): void {
  if (value.trim() === '') problems.push(`${where} is empty`);
  else if (value !== value.trim()) problems.push(`${where} has leading or trailing spaces`);
  if (/<\/?[a-z][^>]*>/i.test(value) && !where.includes('snippet')) problems.push(`${where} contains HTML markup`);
}

function checkVoice(problems: string[], where: string, voice: FixVoice): void {
  voice.steps.forEach((s, i) => {
    checkText(problems, `${where}.steps[${i}]`, s.text);
    s.snippets?.forEach((sn, j) => {
      checkText(problems, `${where}.steps[${i}].snippets[${j}].label`, sn.label);
      if (sn.code.trim() === '') problems.push(`${where}.steps[${i}].snippets[${j}] code is empty`);
    });
  });
  if (voice.steps.length < 2 && !voice.nothingToDo) {
    problems.push(`${where} needs at least two steps, or nothingToDo saying why not`);
  }
  if (voice.nothingToDo !== undefined) checkText(problems, `${where}.nothingToDo`, voice.nothingToDo);
}

/**
 * Returns every rule the entry breaks (empty when it is valid). `fileName` is the
 * entry's file name without extension; `exists` tells whether an id has an entry.
 */
export function validateEntry(entry: KnowledgeEntry, fileName: string, exists: (id: string) => boolean): string[] {
  const p: string[] = [];
  if (entryFileName(entry.id) !== fileName) {
    p.push(`id "${entry.id}" belongs in file ${entryFileName(entry.id)}.ts, not ${fileName}.ts`);
  }
  checkText(p, 'title', entry.title);
  if (/^\d{3}$/.test(entry.id) && !entry.title.startsWith(entry.id + ' ')) {
    p.push(`title of a status entry must start with its code: "${entry.title}"`);
  }
  checkText(p, 'summary', entry.summary);
  if (entry.summary.length > SUMMARY_MAX) p.push(`summary is ${entry.summary.length} characters (max ${SUMMARY_MAX})`);
  checkText(p, 'meaning', entry.meaning);
  entry.aliases.forEach((a, i) => checkText(p, `aliases[${i}]`, a));
  if (new Set(entry.aliases.map((a) => a.toLowerCase())).size !== entry.aliases.length) p.push('aliases repeat');
  if (entry.causes.length < 3) p.push(`only ${entry.causes.length} causes (at least 3)`);
  entry.causes.forEach((c, i) => {
    checkText(p, `causes[${i}].title`, c.title);
    checkText(p, `causes[${i}].detail`, c.detail);
  });
  checkVoice(p, 'visitor', entry.visitor);
  checkVoice(p, 'owner', entry.owner);
  checkText(p, 'retry.note', entry.retry.note);
  for (const id of entry.related) {
    if (id === entry.id) p.push('related lists the entry itself');
    else if (!exists(id)) p.push(`related id "${id}" has no entry`);
  }
  if (new Set(entry.related).size !== entry.related.length) p.push('related ids repeat');
  for (const c of entry.contrasts) {
    if (!exists(c.id)) p.push(`contrast id "${c.id}" has no entry`);
    checkText(p, `contrast ${c.id}`, c.text);
  }
  entry.faq.forEach((f, i) => {
    checkText(p, `faq[${i}].q`, f.q);
    checkText(p, `faq[${i}].a`, f.a);
  });
  if (FAQ_REQUIRED.includes(entry.id) && entry.faq.length < 2) p.push('a common entry needs at least 2 FAQ items');
  if (entry.references.length < 1) p.push('needs at least one reference');
  for (const r of entry.references) {
    checkText(p, 'reference title', r.title);
    if (!/^https:\/\/[^\s]+$/.test(r.url)) p.push(`reference url is not https: ${r.url}`);
  }
  if (entry.browserSees) {
    if (!exists(entry.browserSees.id)) p.push(`browserSees id "${entry.browserSees.id}" has no entry`);
    checkText(p, 'browserSees.note', entry.browserSees.note);
  }
  return p;
}
