/**
 * Half-written content must not be published. The scaffolder (scripts/ny.ts) marks everything the
 * editor still has to write with «FYLL UT»; this check reports each such place by field or by the
 * body section it sits in, together with other placeholder text (lorem ipsum, TODO).
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { fileLine, onlyComment, parseBody, textOf, walkTree, type MdNode } from './body-tree.ts';

/** The marker the scaffolder writes where the editor has to fill something in. */
export const scaffoldMarker = 'FYLL UT';

/** Placeholder words that say a text is unfinished, and how to name them to the editor. */
const placeholderPatterns: [RegExp, string][] = [
  [/FYLL UT/, '«FYLL UT»'],
  [/lorem ipsum/i, 'plassholderteksten «lorem ipsum»'],
  [/\b(TODO|FIXME|TBD)\b/, 'merknaden «$1»'],
];

/** Whether a text may hold any placeholder; a cheap test before the walk. */
const quickTest = /FYLL UT|lorem ipsum|\b(TODO|FIXME|TBD)\b/i;

function placeholderIn(text: string): string | undefined {
  for (const [pattern, name] of placeholderPatterns) {
    const hit = pattern.exec(text);
    if (hit) return name.replace('$1', hit[1] ?? '');
  }
  return undefined;
}

/** Every string in frontmatter, with its path. */
function strings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/** The scaffolder's help: {/* FYLL UT … *\/} in MDX, <!-- FYLL UT … --> in Markdown. */
const isMarkerComment = (node: MdNode) =>
  (node.type === 'mdxFlowExpression' || (node.type === 'html' && onlyComment.test(node.value ?? ''))) && (node.value ?? '').includes(scaffoldMarker);

/** How the help comment is written in the file's format, for the messages. */
export const helpComment = (file: Pick<ContentFile, 'format'>, text: string): string => (file.format === 'md' ? `<!-- ${text} -->` : `{/* ${text} */}`);

/** Body sections (text under each heading) whose only content is the scaffold's help comment, or nothing. */
function sectionProblems(file: ContentFile, tree: MdNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const top = tree.children ?? [];
  top.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const title = textOf(node).trim();
    const rest: MdNode[] = [];
    for (let i = index + 1; i < top.length; i++) {
      const next = top[i]!;
      if (next.type === 'heading' && (next.depth ?? 6) <= (node.depth ?? 6)) break;
      rest.push(next);
    }
    const at = { file: file.path, line: fileLine(file, node.position?.start.line), field: '(tekst)' };
    const written = rest.filter((n) => !isMarkerComment(n));
    if (rest.length > 0 && written.length === 0) {
      problems.push({ ...at, message: `Seksjonen «${title}» er ikke fylt ut. Skriv teksten under overskriften og slett hjelpeteksten ${helpComment(file, `${scaffoldMarker} …`)}, eller slett hele seksjonen.` });
    } else if (rest.length === 0) {
      problems.push({ ...at, message: `Seksjonen «${title}» er tom. Skriv tekst under overskriften, eller slett overskriften.` });
    } else if (written.length < rest.length) {
      problems.push({ ...at, message: `Seksjonen «${title}» har fortsatt hjelpeteksten ${helpComment(file, `${scaffoldMarker} …`)}. Slett den nå som teksten er skrevet.` });
    }
  });
  return problems;
}

export function checkPlaceholders(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const inData = file.data !== undefined && quickTest.test(JSON.stringify(file.data));
    for (const { path, text } of inData ? strings(file.data) : []) {
      const found = placeholderIn(text);
      if (!found) continue;
      const field = path.map(String).join('.');
      problems.push({
        file: file.path,
        line: file.lineOf(path),
        field,
        message: found === `«${scaffoldMarker}»` ? 'Feltet er ikke fylt ut. Erstatt teksten «FYLL UT …» med det som skal stå der.' : `Feltet inneholder ${found}. Skriv ferdig teksten før den publiseres.`,
      });
    }
    const { tree } = parseBody(file);
    if (!tree) continue;
    const sections = sectionProblems(file, tree);
    problems.push(...sections);
    // Most bodies hold no placeholder at all; skip walking their trees (it matters at 10 000 pages).
    if (!quickTest.test(file.body)) continue;
    const reportedLines = new Set(sections.map((p) => p.line));
    walkTree(tree, (node) => {
      const isText = node.type === 'text' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html';
      if (!isText) return;
      const found = placeholderIn(node.value ?? '');
      if (!found) return;
      // A help comment under a heading is already reported as part of its section.
      if (isMarkerComment(node) && sections.length > 0 && isInReportedSection(tree, node, reportedLines, file)) return;
      problems.push({ file: file.path, line: fileLine(file, node.position?.start.line), field: '(tekst)', message: `Teksten inneholder ${found}. Skriv ferdig teksten, eller slett den, før den publiseres.` });
    });
  }
  return problems;
}

/** Whether a top-level help comment belongs to a section that already has a problem reported. */
function isInReportedSection(tree: MdNode, node: MdNode, reportedLines: Set<number | undefined>, file: ContentFile): boolean {
  const top = tree.children ?? [];
  const index = top.indexOf(node);
  if (index < 0) return false;
  for (let i = index - 1; i >= 0; i--) {
    if (top[i]!.type === 'heading') return reportedLines.has(fileLine(file, top[i]!.position?.start.line));
  }
  return false;
}
