/**
 * Finds content files and reads their data (Markdown or MDX frontmatter, or YAML), keeping line
 * numbers so that every problem can say where it is.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readYaml } from './yaml-errors.ts';
import { bodyFormats, collectionNames, rowOf, type BodyFormat, type CollectionName, type CollectionRow } from '../collections/registry.ts';
import { isImageFile } from './image-files.ts';
import { walk } from '../lib/walk.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the project root, as editors see it. */
  path: string;
  /** Id as Astro's glob loader makes it: the path inside the folder without extension. */
  id: string;
  /** Parsed frontmatter or YAML data; undefined if it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** The body, empty for YAML. */
  body: string;
  /** What the body is written in, by the file's ending: Markdown (.md) or MDX (.mdx); undefined for YAML. */
  format?: BodyFormat;
  /** Line of the first body line in the file (1-based). */
  bodyLine: number;
  /** Line number in the file of a top-level field, when known. */
  lineOf: (path: (string | number)[]) => number | undefined;
  /** Problems reading the fields, phrased for an editor; `data` then holds what could be read. */
  parseErrors?: { line?: number | undefined; message: string }[];
  /**
   * Fields on lines that could not be read (their absence is already explained). Undefined with
   * parse errors when the rest could not be read cleanly either: then only fields present are judged.
   */
  brokenKeys?: Set<string>;
  /** The frontmatter (or YAML file) as written, for checks that read lines (template markers). */
  frontmatter: string;
}


/** The body format a file name ends in, if any. */
const formatOf = (name: string): BodyFormat | undefined => bodyFormats.find((format) => name.endsWith(`.${format}`));

/** Whether a path inside the folder is one the row's glob (src/content.config.ts) reads. */
function matches(rel: string, pattern: CollectionRow['pattern']): boolean {
  const depth = rel.split('/').length;
  if (pattern === '*.yaml') return depth === 1 && rel.endsWith('.yaml');
  return depth === (pattern.startsWith('*/*') ? 2 : 1) && formatOf(rel) !== undefined;
}

/**
 * The fields of a file that has no YAML problem, read with js-yaml, the parser Astro's content
 * layer uses, under YAML 1.2's core schema: the same data the `yaml` parser gives (dates stay
 * text, as the schemas expect them from the check). It is about ten times faster than `yaml` with
 * its document and line positions, which only a file with a problem needs: 0.2 s instead of 1.8 s
 * for 10 000 files (docs/performance.md, «Runde 16»). Undefined when js-yaml cannot read the text
 * or it holds no fields; readFields then reads it and explains what is wrong.
 */
function quickFields(text: string): Record<string, unknown> | undefined {
  try {
    const data = load(text, { schema: CORE_SCHEMA }) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The fields, and the line of each when a problem needs it: the `yaml` parser runs only then. */
function parseData(text: string, lineOffset: number): Pick<ContentFile, 'data' | 'lineOf' | 'parseErrors' | 'brokenKeys'> {
  const data = quickFields(text);
  if (!data) return readFields(text, lineOffset);
  let full: ReturnType<typeof readFields> | undefined;
  return { data, lineOf: (path) => (full ??= readFields(text, lineOffset)).lineOf(path) };
}

/** Reads the fields with the `yaml` parser, which gives each field's line and explains errors (src/check/yaml-errors.ts). */
function readFields(text: string, lineOffset: number): Pick<ContentFile, 'data' | 'lineOf' | 'parseErrors' | 'brokenKeys'> {
  const { doc, counter, problems, brokenKeys, clean } = readYaml(text);
  const lineOf = (path: (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      const pair = n === 1 ? (doc.contents as { items?: { key: { value: unknown; range?: [number, number] } }[] })?.items?.find((i) => i.key?.value === path[0]) : undefined;
      const range = pair?.key.range ?? node?.range;
      if (range) return counter.linePos(range[0]).line + lineOffset;
    }
    return undefined;
  };
  const parseErrors = problems.map((p) => ({ line: p.line === undefined ? undefined : p.line + lineOffset, message: p.message }));
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    if (parseErrors.length > 0) return { data: undefined, lineOf, parseErrors };
    return { data: undefined, lineOf, parseErrors: [{ message: 'Filen har ingen felter. Den må starte med felter mellom to linjer med ---.' }] };
  }
  // With parse errors, data holds the fields that could be read; the check still looks at them.
  return { data: data as Record<string, unknown>, lineOf, ...(parseErrors.length > 0 ? { parseErrors, brokenKeys: clean ? brokenKeys : undefined } : {}) };
}

/** Reads one file as the given collection. */
export function readContentFile(root: string, absolute: string, collection: CollectionName): ContentFile {
  const spec = rowOf(collection);
  const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  const rel = relative(join(root, 'content', spec.folder), absolute).split('\\').join('/');
  const id = rel.replace(/\.(md|mdx|yaml)$/, '');
  const path = relative(root, absolute).split('\\').join('/');
  if (spec.pattern === '*.yaml') {
    return { collection, path, id, body: '', bodyLine: 1, frontmatter: text, ...parseData(text, 0) };
  }
  const format = formatOf(rel) ?? 'mdx';
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!fm) {
    return {
      collection, path, id, format, data: undefined, body: text, bodyLine: 1, frontmatter: '', lineOf: () => undefined,
      parseErrors: [{ line: 1, message: 'Filen mangler felter øverst. Den må starte med en linje med ---, så feltene, så en ny linje med ---.' }],
    };
  }
  const bodyLine = fm[0].split('\n').length;
  return { collection, path, id, format, body: text.slice(fm[0].length), bodyLine, frontmatter: fm[1]!, ...parseData(fm[1]!, 1) };
}

/** Every content file (or those of the collections named), sorted by collection, plus files in content/ that no collection reads. */
export function findContentFiles(root: string, only?: readonly CollectionName[]): { files: ContentFile[]; stray: string[] } {
  const files: ContentFile[] = [];
  const claimed = new Set<string>();
  for (const collection of only ?? collectionNames) {
    const spec = rowOf(collection);
    const dir = join(root, 'content', spec.folder);
    for (const abs of walk(dir).sort()) {
      const rel = relative(dir, abs).split('\\').join('/');
      if (rel.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
      if (!matches(rel, spec.pattern)) continue;
      claimed.add(abs);
      files.push(readContentFile(root, abs, collection));
    }
  }
  // Stray files are only known when every collection has claimed its own.
  if (only) return { files, stray: [] };
  // Files read by other parts of the site: old addresses (src/legacy/) and search synonyms (src/search/).
  const known = new Set(['legacy-urls.csv', 'README.md', 'sok/synonymer.yaml']);
  const stray = walk(join(root, 'content'))
    // Images are checked by src/check/images.ts, which reports the ones nothing uses.
    .filter((abs) => !claimed.has(abs) && !isImageFile(abs))
    .map((abs) => relative(root, abs).split('\\').join('/'))
    .filter((p) => !known.has(p.replace(/^content\//, '')) && !p.split('/').some((part) => part.startsWith('_') || part.startsWith('.')));
  return { files, stray };
}
