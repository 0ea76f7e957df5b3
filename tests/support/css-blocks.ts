/**
 * The top-level blocks of a stylesheet, read without a CSS parser: enough to tell a rule that sits
 * in an @layer from one that does not. Strings and comments are skipped so that braces inside them
 * do not count.
 */
export interface TopBlock {
  /** What comes before the block's «{» or the statement's «;», such as «@layer site.base» or «.x». */
  prelude: string;
  /** Whether it is a block (with braces) rather than a statement such as «@layer a, b;». */
  block: boolean;
}

export function topLevelBlocks(css: string): TopBlock[] {
  const blocks: TopBlock[] = [];
  let depth = 0;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i === 0) break;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      if (depth === 0) prelude += css.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '{') {
      if (depth === 0) blocks.push({ prelude: prelude.trim(), block: true });
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) prelude = '';
    } else if (c === ';' && depth === 0) {
      blocks.push({ prelude: prelude.trim(), block: false });
      prelude = '';
    } else if (depth === 0) prelude += c;
  }
  return blocks;
}

/** Blocks outside any @layer: they beat every layered rule, whatever the layer order says. */
export const unlayered = (css: string): string[] =>
  topLevelBlocks(css)
    .filter((b) => b.block && !/^@layer\b/.test(b.prelude))
    .map((b) => b.prelude);

/** Top-level layer names in the order a stylesheet first names them, statements («@layer a, b;») included. */
export const layerNames = (css: string): string[] =>
  topLevelBlocks(css)
    .filter((b) => /^@layer\b/.test(b.prelude))
    .flatMap((b) => b.prelude.replace(/^@layer\s*/, '').split(',').map((name) => name.trim()))
    .filter(Boolean);
