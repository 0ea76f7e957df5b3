/** The laws a plan guide or step rests on, as facts: «alkoholloven § 1-7d», linked to Lovdata when known. */
import type { Fact } from '../components/Facts.astro';
import type { Language } from '../schemas/vocabulary.ts';
import { t } from '../i18n/index.ts';

export function legalBasisFact(lang: Language, legalBasis: { law: string; section?: string | undefined; url?: string | undefined }[]): Fact {
  return {
    term: t(lang, 'meta.legalBasis'),
    values: legalBasis.map((l) => {
      const text = [l.law, l.section].filter(Boolean).join(' ');
      return l.url ? { label: text, href: l.url } : text;
    }),
  };
}
