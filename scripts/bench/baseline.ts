/**
 * The floor the site's build is judged against: a plain Astro + MDX site over the identical
 * content/ tree, with one generic page per entry, no content check, no extra search words, and
 * the Pagefind CLI run over dist/ afterwards. Nothing in it is this project's code, so whatever
 * the site costs beyond it is what the site itself adds. It is built in the same benchmark run,
 * on the same machine, right before the site, so the ratio between the two means something even
 * when the machine is busier on another day.
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files of the baseline project, written as text so nothing of the site's own code comes along. */
const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    "import mdx from '@astrojs/mdx';",
    "export default defineConfig({ site: 'https://example.org', cacheDir: './.astro-cache', build: { format: 'directory' }, integrations: [mdx()] });",
    '',
  ].join('\n'),
  // One collection per content folder, no schema: the baseline validates nothing.
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import folders from './folders.json';",
    'export const collections = Object.fromEntries(',
    "  folders.map((folder: string) => [folder.replace(/[^a-z0-9]/gi, '_'), defineCollection({ loader: glob({ base: `./content/${folder}`, pattern: '**/*.{md,mdx}' }) })]),",
    ');',
    '',
  ].join('\n'),
  // MDX bodies use the site's components by name; the baseline draws each as a plain block.
  'src/components/Block.astro': '<div><slot /></div>\n',
  'src/pages/[...slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Block from '../components/Block.astro';",
    "import folders from '../folders.json';",
    'export async function getStaticPaths() {',
    '  const lists = await Promise.all(',
    "    folders.map(async (folder: string) => (await getCollection(folder.replace(/[^a-z0-9]/gi, '_') as never)).map((entry: { id: string }) => ({ params: { slug: `${folder}/${entry.id}` }, props: { entry } }))),",
    '  );',
    '  return lists.flat();',
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    'const data = entry.data as { title?: string; term?: string; lang?: string; summary?: string };',
    "const title = data.title ?? data.term ?? entry.id;",
    '---',
    '<html lang={data.lang ?? "nb"}>',
    '  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>',
    '  <body>',
    '    <main data-pagefind-body>',
    '      <h1>{title}</h1>',
    '      {data.summary && <p>{data.summary}</p>}',
    '      <Content components={{ Anbefaling: Block, Praktisk: Block, Begrunnelse: Block }} />',
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n'),
};

/** Content folders that hold MDX entries (YAML-only folders such as topics have no pages of their own). */
function mdxFolders(contentDir: string): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => (readdirSync(join(contentDir, name), { recursive: true }) as string[]).some((f) => /\.mdx?$/.test(f)))
    .sort();
}

/** Writes the baseline project into `dir` over a copy of `contentDir` (the site copy's content, synthetic pages included). */
export function prepareBaseline(projectRoot: string, contentDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'components'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  // The floor is plain Astro + MDX for every entry, as it was measured before the site wrote
  // bodies without components as .md: the same text, each file an MDX module.
  const copied = join(dir, 'content');
  for (const rel of readdirSync(copied, { recursive: true }) as string[]) {
    if (rel.endsWith('.md')) renameSync(join(copied, rel), join(copied, `${rel}x`));
  }
  writeFileSync(join(dir, 'src', 'folders.json'), JSON.stringify(mdxFolders(contentDir)));
  symlinkSync(relative(dir, join(projectRoot, 'node_modules')), join(dir, 'node_modules'), 'dir');
}

/** The baseline's build as one shell command: `astro build`, then the Pagefind CLI over dist/. */
export function baselineCommand(node: string, projectRoot: string): [string, string[]] {
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const pagefind = join(projectRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  return ['/bin/sh', ['-c', `"${node}" "${astro}" build && "${node}" "${pagefind}" --site dist --silent`]];
}
