/**
 * The choices the form offers, each showing a name and storing an id: topics, tools and
 * organisations from content/, municipalities and counties from SSB's list (former municipalities
 * marked), and the controlled vocabularies with their labels from src/i18n/nb.json.
 */
import tidligere from '../data/tidligere-kommuner.json' with { type: 'json' };
import { counties, municipalities } from '../lib/municipalities.ts';
import { municipalOrganisations } from '../lib/municipal-organisations.ts';
import { label, t } from '../i18n/index.ts';
import type { ContentFile } from '../check/files.ts';
import * as vocabulary from '../schemas/vocabulary.ts';
import type { VocabularyName } from '../schemas/vocabulary.ts';

export interface Choice {
  label: string;
  value: string;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'nb');

/** The name an entry is shown by in a choice list. */
function nameOf(file: ContentFile): string {
  const data = file.data ?? {};
  const labelNb = data.label && typeof data.label === 'object' ? (data.label as Record<string, unknown>).nb : undefined;
  for (const candidate of [labelNb, data.title, data.name, data.term]) if (typeof candidate === 'string') return candidate;
  return file.id;
}

/** Entries of a collection as choices, by name. Organisations show their short name too («KoRus Nord»). */
export function entryChoices(files: ContentFile[], collection: string): Choice[] {
  return files
    .filter((f) => f.collection === collection && f.data && f.data.draft !== true)
    .map((f) => {
      const short = typeof f.data?.shortName === 'string' ? f.data.shortName : undefined;
      const name = nameOf(f);
      return { label: short && short !== name ? `${name} (${short})` : name, value: f.id };
    })
    .sort(byLabel);
}

/** Organisations, followed by every municipality as an organisation («Senja kommune»), which needs no file. */
export function organisationChoices(files: ContentFile[], withMunicipalities: boolean): Choice[] {
  const own = entryChoices(files, 'organisations');
  if (!withMunicipalities) return own;
  const taken = new Set(own.map((c) => c.value));
  return [...own, ...municipalOrganisations.filter((o) => !taken.has(o.id)).map((o) => ({ label: o.name, value: o.id }))].sort(byLabel);
}

/** Every municipality as SSB writes it, and the former ones marked with what they are part of now. */
export function municipalityChoices(): Choice[] {
  const current = municipalities.map((m) => ({ label: `${m.name} (${m.county})`, value: m.name }));
  const former = tidligere.kommuner.map((k) => ({ label: `${k.navn} (${t('nb', 'meta.former', { now: k.naaDelAv.join(' og ') })})`, value: k.navn }));
  return [...current, ...former].sort(byLabel);
}

export const countyChoices = (): Choice[] => counties.map((name) => ({ label: name, value: name }));

/** «dialogmote» → «Dialogmote» when no label is written for a value. */
const plain = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');

/** The values of a vocabulary with their Norwegian labels. */
export function vocabularyChoices(values: readonly string[]): Choice[] {
  if (values.join() === vocabulary.languages.join()) return values.map((v) => ({ label: t('nb', `cms.lang.${v}` as never), value: v }));
  // The label list in the interface strings (vocab.<list>.<value>) that belongs to this vocabulary.
  const list = (Object.entries(vocabulary.labelledVocabularies) as [VocabularyName, readonly string[]][]).find(([, known]) => known.join() === values.join())?.[0];
  return values.map((value) => ({ label: list ? label('nb', list, value) : plain(value), value }));
}
