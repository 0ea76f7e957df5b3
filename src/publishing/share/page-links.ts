/**
 * The addresses behind «Del», «Fant du det du lette etter?» and «Foreslå en endring». All are
 * plain links (mailto: or a GitHub form), so they work without JavaScript, and nothing is sent
 * anywhere until the reader sends it herself.
 */
import { t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { defaultBranch, feedbackEmail, repositoryUrl } from '../site.ts';

const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** A mailto: link with the page's title as subject and its address as the body. */
export const shareMailto = (title: string, url: string): string => `mailto:?${query({ subject: title, body: `${title}\n${url}` })}`;

/** The issue form readers' feedback goes through (.github/ISSUE_TEMPLATE/tilbakemelding.yml). */
export const feedbackTemplate = 'tilbakemelding.yml';

/**
 * Where «Ja» or «Nei» leads: an e-mail to the editors if the owner has given an address,
 * otherwise the repository's feedback form with the page and the answer filled in.
 */
export function feedbackLink(lang: Language, found: boolean, title: string, url: string): { href: string; via: 'email' | 'github' } | undefined {
  const answer = t(lang, found ? 'feedback.answer.yes' : 'feedback.answer.no');
  if (feedbackEmail) {
    return { via: 'email', href: `mailto:${feedbackEmail}?${query({ subject: t(lang, 'feedback.mailSubject', { title }), body: `${t(lang, 'feedback.heading')} ${answer}\n${url}\n\n` })}` };
  }
  if (!repositoryUrl) return undefined;
  return {
    via: 'github',
    href: `${repositoryUrl}/issues/new?${query({ template: feedbackTemplate, title: t(lang, 'feedback.issueTitle', { answer, title }), side: url, fant: answer })}`,
  };
}

/** GitHub's editor for a content file, such as content/praksis/x.md; it offers a pull request. */
export const githubEditLink = (filePath: string): string | undefined =>
  repositoryUrl ? `${repositoryUrl}/edit/${defaultBranch}/${filePath.replace(/^\.?\//, '')}` : undefined;

/**
 * The entry in the form-based editor at /admin/ (Decap CMS; its collections are named like the
 * registry's), for collections editors edit there.
 */
export const adminEditPath = (collection: string, id: string): string => `/admin/#/collections/${collection}/entries/${id}`;

/** For pages without a file of their own (lists, the front page): describe the change in a form. */
export const suggestIssueLink = (lang: Language, title: string, url: string): string | undefined =>
  repositoryUrl ? `${repositoryUrl}/issues/new?${query({ template: feedbackTemplate, title: `${t(lang, 'suggest.heading')}: ${title}`, side: url })}` : undefined;
