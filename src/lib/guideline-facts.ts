/** The facts shown about a guideline, on its front page and on its print page. */
import type { Fact } from '../components/Facts.astro';
import type { Entry } from '../collections/content.ts';
import { formatDate, label, t } from '../i18n/index.ts';

export function guidelineFacts(entry: Entry<'guidelines'>): Fact[] {
  const d = entry.data;
  const lang = d.lang;
  return [
    { term: t(lang, 'meta.publisher'), values: [d.publisher] },
    { term: t(lang, 'meta.isNumber'), values: d.isNumber ? [d.isNumber] : [] },
    { term: t(lang, 'meta.year'), values: [String(d.year)] },
    { term: t(lang, 'meta.guidelineStatus'), values: [label(lang, 'guidelineStatus', d.status)] },
    { term: t(lang, 'meta.lastChange'), values: d.lastProfessionalChange ? [formatDate(lang, d.lastProfessionalChange)] : [] },
    { term: t(lang, 'meta.official'), values: d.officialUrl ? [{ label: d.title, href: d.officialUrl }] : [] },
  ];
}
