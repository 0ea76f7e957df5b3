/**
 * Validates all content at once and returns every problem, each with file, line, field, what is
 * wrong and what to do, in Norwegian. Used by `npm run check` and by the tests.
 */
import { z } from 'astro/zod';
import { rowOf } from '../collections/registry.ts';
import { isReferenceField } from '../collections/references.ts';
import type { ContentProblem } from './problem.ts';
import { findEntryProblems } from './entries.ts';
import { findContentFiles, type ContentFile } from './files.ts';
import { fieldHelp } from './field-help.ts';
import { scaffoldMarker } from './placeholders.ts';

z.config(z.locales.no());

/** Turns one Zod issue into a sentence an editor can act on. */
function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const path = issue.path.map(String);
  const top = path[0] ?? '';
  const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key as string] : undefined), data);
  const help = fieldHelp[top] ? ` ${fieldHelp[top]}` : '';
  if (value === undefined && issue.code === 'invalid_type') return `Feltet mangler.${help}`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = (issue.values as unknown[]).map(String).join(', ');
    if (Array.isArray(value)) return `Skriv én verdi, ikke en liste. Velg en av: ${allowed}.`;
    return `«${String(value)}» er ikke en gyldig verdi. Velg en av: ${allowed}.`;
  }
  if (issue.code === 'unrecognized_keys') return `Ukjente felter: ${issue.keys.join(', ')}. Sjekk stavemåten.`;
  // The schemas' own messages (dates, images, refinements) already say what to write.
  if (issue.code === 'custom') return issue.message;
  // Zod's Norwegian messages end without a full stop; the help that follows is a new sentence.
  const message = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
  return `${message}${help && !issue.message.includes(fieldHelp[top] ?? '\0') ? help : ''}`;
}

function schemaProblems(file: ContentFile): ContentProblem[] {
  const parseProblems: ContentProblem[] = (file.parseErrors ?? []).map((e) => ({ file: file.path, line: e.line, field: '(frontmatter)', message: e.message }));
  if (!file.data) return parseProblems;
  const result = rowOf(file.collection).schema.safeParse(file.data);
  if (result.success) return parseProblems;
  const valueAt = (issue: z.core.$ZodIssue) => issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key as string] : undefined), file.data);
  // A value the scaffolder left as «FYLL UT …» is reported once, by src/check/placeholders.ts.
  const unfilled = (issue: z.core.$ZodIssue) => {
    const value = valueAt(issue);
    return typeof value === 'string' && value.includes(scaffoldMarker);
  };
  // After a YAML error, the fields on the broken lines are already explained; the rest were read
  // again without those lines (src/check/yaml-errors.ts) and are judged as usual.
  const unread = (issue: z.core.$ZodIssue) => {
    if (file.parseErrors === undefined) return false;
    if (issue.path.length === 0 || file.brokenKeys?.has(String(issue.path[0]))) return true;
    return file.brokenKeys === undefined && valueAt(issue) === undefined;
  };
  // A display name where an id belongs («Barn og unge») is explained by the reference check, with the id it meant.
  const namedReference = (issue: z.core.$ZodIssue) => issue.code === 'invalid_format' && isReferenceField(file.collection, issue.path);
  return [...parseProblems, ...result.error.issues.filter((issue) => !unfilled(issue) && !unread(issue) && !namedReference(issue)).map((issue) => ({
    file: file.path,
    line: file.lineOf(issue.path as (string | number)[]),
    field: issue.path.map(String).join('.') || '(frontmatter)',
    message: describeIssue(issue, file.data ?? {}),
  }))];
}

export interface CheckResult {
  files: number;
  problems: ContentProblem[];
}

/** Checks everything under <root>/content. */
export function checkContent(root: string, extraChecks: ((files: ContentFile[], root: string) => ContentProblem[])[] = []): CheckResult {
  const { files, stray } = findContentFiles(root);
  const problems: ContentProblem[] = [];
  for (const path of stray) {
    problems.push({ file: path, field: '(fil)', message: 'Filen blir ikke lest av nettstedet. Innhold skal være .md (eller .mdx for tekst med anbefalingsbokser, .yaml for tema og organisasjoner) og ligge i riktig mappe.' });
  }
  for (const file of files) problems.push(...schemaProblems(file));
  const ids = new Map<string, ContentFile>();
  for (const file of files) {
    const key = `${file.collection}/${file.id}`;
    const other = ids.get(key);
    if (other && other.format !== file.format) {
      // x.md and x.mdx: the same page written twice, and only one of them can be shown.
      problems.push({ file: file.path, field: '(filnavn)', message: `Samme side finnes også som ${other.path}. Nettstedet kan bare vise én av dem. Behold den ene filen og slett den andre (.mdx trengs bare for tekst med anbefalingsbokser).` });
    } else if (other) {
      problems.push({ file: file.path, field: '(filnavn)', message: `Samme id som ${other.path}. Gi filen et annet navn.` });
    }
    ids.set(key, file);
  }
  // Files with YAML errors take part with the fields that could be read.
  const valid = files.filter((f) => f.data);
  const refProblems = findEntryProblems(valid.map((f) => ({ collection: f.collection, id: f.id, data: f.data!, filePath: f.path })));
  for (const p of refProblems) {
    const file = valid.find((f) => f.path === p.file);
    problems.push({ ...p, line: file?.lineOf([p.field.split('.')[0]!]) });
  }
  for (const check of extraChecks) problems.push(...check(files, root));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { files: files.length, problems };
}

/** The problems that stop the build; warnings are shown but let it pass. */
export const errorsIn = (result: CheckResult): ContentProblem[] => result.problems.filter((p) => !p.warning);


/** Formats problems for a terminal, grouped by file. */
export function formatProblems(result: CheckResult): string {
  if (result.problems.length === 0) return `Innholdet er i orden: ${result.files} filer sjekket, ingen feil.`;
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of result.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, problems] of byFile) {
    lines.push(file);
    for (const p of problems) lines.push(`  ${p.line ? `linje ${p.line}, ` : ''}${p.field}${p.warning ? ' (advarsel)' : ''}: ${p.message}`);
    lines.push('');
  }
  const errors = errorsIn(result).length;
  const warnings = result.problems.length - errors;
  const files = `${byFile.size} ${byFile.size === 1 ? 'fil' : 'filer'} (${result.files} filer sjekket)`;
  const warned = `${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`;
  if (errors === 0) lines.push(`Ingen feil, men ${warned} i ${files}. Se over advarslene; de stopper ikke publiseringen.`);
  else lines.push(`${errors} feil${warnings > 0 ? ` og ${warned}` : ''} i ${files}. Rett feilene og kjør «npm run check» igjen.`);
  return lines.join('\n');
}
