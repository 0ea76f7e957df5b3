/**
 * Turns the answers into the text of a new entry: frontmatter in the schema's field order, with
 * «FYLL UT» where the editor still has to write something, and the body's headings in place.
 */
import { Document, isScalar, visit } from 'yaml';
import { helpComment, scaffoldMarker } from '../check/placeholders.ts';
import { rowOf, type BodyFormat } from '../collections/registry.ts';
import type { ContentType } from './fields.ts';

/** Whether the collection's schema has a top-level field of that name. */
const hasField = (type: ContentType, key: string): boolean => key in ((rowOf(type.collection).schema as { shape?: object }).shape ?? {});

/** Today in Norway, as YYYY-MM-DD: the date an editor means when they add something today. */
export const todayInNorway = (now = new Date()): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const index = /^\d+$/.test(part) ? Number(part) : part;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[index] = value;
      return;
    }
    container[index] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
    node = container[index] as Record<string, unknown>;
  });
}

/**
 * The frontmatter data: answers where given, «FYLL UT: …» where the field must be written later,
 * and today's date as `updated` (and `published`, for kinds that have it).
 */
export function composeData(type: ContentType, answers: Map<string, unknown>, today: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of type.fields) {
    const value = answers.get(field.key);
    if (value !== undefined) setPath(data, field.key, value);
    else if (field.missing === 'placeholder') {
      const text = `${scaffoldMarker}: ${field.placeholder ?? field.question}`;
      setPath(data, field.key, field.kind.type === 'choices' ? [text] : text);
    }
    // Dates go right after the topics, where existing entries have them.
    if (field.key === 'topics') {
      data.updated = today;
      if (hasField(type, 'published')) data.published = today;
    }
  }
  type.derive?.(data);
  return data;
}

/** YAML as the existing entries write it: lists of ids inline, sentences in double quotes. */
export function toFrontmatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && (/\s|:/.test(node.value) || /^\d+$/.test(node.value))) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Long sentences stay on one line: folded lines confuse editors in the web editor.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The ending of a new entry's file: the registry row's preferred body format (md or mdx). */
export const fileEnding = (type: ContentType): BodyFormat => rowOf(type.collection).body ?? 'md';

/** The whole file, with the body's help written as comments of the file's format. */
export function composeFile(type: ContentType, data: Record<string, unknown>): string {
  const lang = data.lang === 'nn' ? 'nn' : 'nb';
  const format = fileEnding(type);
  return `---\n${toFrontmatter(data)}---\n\n${type.body(lang, (text) => helpComment({ format }, text))}`.replace(/\n+$/, '\n');
}
