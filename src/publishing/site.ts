/**
 * The site's public identity in one place: its address, the repository editors propose changes
 * in, and where readers' feedback goes. astro.config.mjs reads the address from here, so feeds,
 * calendars, structured data and share links can never disagree with the canonical URLs.
 *
 * The repository and the feedback address are package.json's standard `repository` and `bugs`
 * fields; a fork or another owner changes them there (or sets REPOSITORY_URL / FEEDBACK_EMAIL).
 */
import pkg from '../../package.json' with { type: 'json' };

const manifest = pkg as { repository?: string | { url?: string }; bugs?: { email?: string } };

/** The public address of the site, without a trailing slash. Override with SITE_URL. */
export const siteUrl = (process.env.SITE_URL ?? 'https://www.forebygging.no').replace(/\/+$/, '');

/** An absolute address on the site for a path such as /praksis/x/. */
export const absolute = (path: string): string => new URL(path, `${siteUrl}/`).href;

const repositoryField = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
/** «owner/name» from the environment: CMS_GITHUB_REPO, or GITHUB_REPOSITORY (set in GitHub Actions). */
const repositoryFromEnv = process.env.CMS_GITHUB_REPO ?? process.env.GITHUB_REPOSITORY;

/**
 * The GitHub repository the content lives in, as https://github.com/owner/name: REPOSITORY_URL,
 * else CMS_GITHUB_REPO or GITHUB_REPOSITORY, else package.json's `repository`. The share and
 * feedback links and the form-based editor (src/cms/config.ts) all use this one value.
 */
export const repositoryUrl: string | undefined = (process.env.REPOSITORY_URL ?? (repositoryFromEnv ? `https://github.com/${repositoryFromEnv}` : repositoryField))
  ?.replace(/^git\+/, '')
  .replace(/\.git$/, '')
  .replace(/\/+$/, '');

/** The repository as «owner/name», if it is on GitHub. */
export const repositorySlug: string | undefined = repositoryUrl ? /github\.com\/([^/]+\/[^/]+)$/.exec(repositoryUrl)?.[1] : undefined;

/** The branch editors' changes are proposed against. */
export const defaultBranch = process.env.REPOSITORY_BRANCH ?? 'main';

/** An e-mail address the editors read feedback at, if the owner has set one. */
export const feedbackEmail: string | undefined = process.env.FEEDBACK_EMAIL ?? manifest.bugs?.email;

/** The organisation id (content/organisasjoner/) of the site's publisher, for structured data. */
export const publisherId = 'korus-nord';
