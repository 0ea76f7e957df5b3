/**
 * The Decap CMS configuration for /admin/, generated at build time from the collection registry
 * (src/collections/registry.ts: folder, labels, references, and `form` for the collections the
 * form offers), the Zod schemas and the content itself. Nothing here is written by hand per
 * field: a field added to a schema appears in the form on the next build.
 */
import { execFileSync } from 'node:child_process';
import { stringify } from 'yaml';
import { collectionNames, rowOf, type CollectionName } from '../collections/registry.ts';
import { findContentFiles } from '../check/files.ts';
import { formFields } from './fields.ts';
import { defaultBranch, repositorySlug } from '../publishing/site.ts';

/** The collections the form offers, in the registry's `form` order (practice examples first). */
export const cmsCollections = (): CollectionName[] =>
  collectionNames.filter((name) => rowOf(name).form !== undefined).sort((a, b) => rowOf(a).form! - rowOf(b).form!);

/** The images of each collection live next to its files, in bilder/ (CONTRIBUTING.md, «Bilder»). */
const imageFolder = 'bilder';

/**
 * The GitHub repository the form commits to: the site's one repository setting
 * (src/publishing/site.ts: REPOSITORY_URL, CMS_GITHUB_REPO, GITHUB_REPOSITORY or package.json's
 * `repository`), or else the git remote «origin». Without one, only the local mode works.
 */
export function githubRepository(root: string): string | undefined {
  if (repositorySlug) return repositorySlug;
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /github\.com[:/](.+?\/.+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

export interface CmsOptions {
  root: string;
  /** The site's public address, for links from the form to the published page. */
  site?: string | undefined;
}

/** The whole configuration as an object. */
export function cmsConfig({ root, site }: CmsOptions): Record<string, unknown> {
  // Only the collections the form offers as choices are read: at 10 000 pages the rest would cost
  // the build seconds for nothing.
  const choices = [...new Set(cmsCollections().flatMap((name) => Object.values(rowOf(name).references)))] as CollectionName[];
  const { files } = findContentFiles(root, choices);
  const repo = githubRepository(root);
  return {
    locale: 'nb_no',
    backend: {
      name: 'github',
      ...(repo ? { repo } : {}),
      branch: defaultBranch,
      // The OAuth step (docs/editor-setup.md): Netlify's own by default, or a self-hosted one.
      ...(process.env.CMS_AUTH_BASE_URL ? { base_url: process.env.CMS_AUTH_BASE_URL } : {}),
      ...(process.env.CMS_AUTH_ENDPOINT ? { auth_endpoint: process.env.CMS_AUTH_ENDPOINT } : {}),
      // Editors without write access get a fork and their pull request is opened from it.
      open_authoring: true,
      squash_merges: true,
      commit_messages: {
        create: 'Nytt innhold i {{collection}}: «{{slug}}»',
        update: 'Endret {{collection}}: «{{slug}}»',
        delete: 'Slettet {{collection}}: «{{slug}}»',
        uploadMedia: 'Lastet opp «{{path}}»',
        deleteMedia: 'Slettet «{{path}}»',
        openAuthoring: '{{message}}',
      },
    },
    // On localhost the form talks to `npx decap-server` instead of GitHub (docs/editor-setup.md).
    local_backend: true,
    // «Lagre» makes a branch, «Send til gjennomgang» a pull request; nothing reaches main unreviewed.
    publish_mode: 'editorial_workflow',
    ...(site ? { site_url: site, display_url: site } : {}),
    media_folder: `content/praksis/${imageFolder}`,
    public_folder: `./${imageFolder}`,
    // File names like the check wants them: a–z, digits and hyphens (æ → ae, ø → o, å → a is done by the check's slugify; here accents are dropped).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    omit_empty_optional_fields: true,
    collections: cmsCollections().map((name) => {
      const spec = rowOf(name);
      return {
        name,
        label: spec.label.nb.many,
        label_singular: spec.label.nb.one,
        folder: `content/${spec.folder}`,
        create: true,
        // The row's ending (md for bodies without components). Decap lists only files with this
        // ending, and writes new ones with it.
        extension: spec.body ?? 'md',
        format: 'frontmatter',
        slug: '{{slug}}',
        media_folder: imageFolder,
        public_folder: `./${imageFolder}`,
        summary: '{{title}}',
        // The form gets the whole width. The preview of the page is the deploy preview or the
        // downloadable build of the pull request, which show it as it will really look.
        editor: { preview: false },
        sortable_fields: ['title', 'updated'],
        // The published page, for «Vis forhåndsvisning» once a deploy preview has been built.
        ...(spec.address?.includes('{id}') ? { preview_path: spec.address.slice(1).replace('{id}', '{{slug}}') } : {}),
        fields: formFields(name, spec.schema, files),
      };
    }),
  };
}

/** The configuration as the YAML file /admin/config.yml. */
export function cmsConfigYaml(options: CmsOptions): string {
  return `# Laget av «npm run build» fra skjemaene i src/schemas/ (src/cms/config.ts). Ikke rediger.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}
