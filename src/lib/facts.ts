/** Facts more than one kind of page shows, built the same way everywhere. */
import type { Fact } from '../components/Facts.astro';
import { t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabulary.ts';

/** The laws a plan guide or step rests on, linked where the law has an address. */
export function legalBasisFact(lang: Language, legalBasis: { law: string; section?: string | undefined; url?: string | undefined }[]): Fact {
  return {
    term: t(lang, 'meta.legalBasis'),
    values: legalBasis.map((l) => {
      const text = [l.law, l.section].filter(Boolean).join(' ');
      return l.url ? { label: text, href: l.url } : text;
    }),
  };
}
