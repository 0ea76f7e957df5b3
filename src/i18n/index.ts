import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };
import type { Language, VocabularyName } from '../schemas/vocabulary.ts';

/** Every interface string has a key; nb.json is the reference and nn.json must have the same keys. */
export type UiKey = keyof typeof nb;

const strings: Record<Language, Record<UiKey, string>> = { nb, nn };

/** Every interface string's key. */
export const uiKeys = Object.keys(nb) as UiKey[];

/** The interface string for `key` in the page's written standard, with {placeholders} filled in. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = strings[lang][key] ?? strings.nb[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A label for a vocabulary value such as `vocab.target.unge`, falling back to the raw value. */
export function label(lang: Language, list: VocabularyName, value: string): string {
  const key = `vocab.${list}.${value}` as UiKey;
  return strings[lang][key] ?? value;
}

const dateFormats: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO' };

// One formatter per written standard: creating an Intl.DateTimeFormat per date is slow on long lists.
const dateFormatters = new Map<Language, Intl.DateTimeFormat>();

/** A date in Norwegian long form, for example «25. november 2026». */
export function formatDate(lang: Language, date: Date): string {
  if (!dateFormatters.has(lang)) dateFormatters.set(lang, new Intl.DateTimeFormat(dateFormats[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return dateFormatters.get(lang)!.format(date);
}

/** A date with time, for example «10. juni 2022 kl. 09:00». Times are stored as written (see dateTimeSchema). */
export function formatDateTime(lang: Language, date: Date): string {
  const day = formatDate(lang, date);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return hh === '00' && mm === '00' ? day : `${day} kl. ${hh}:${mm}`;
}

/** «1 praksiseksempel», «7 praksiseksempler» (nynorsk: «7 praksiseksempel»). */
export const practiceCount = (lang: Language, count: number): string =>
  count === 1 ? t(lang, 'county.countOne') : t(lang, 'county.countMany', { count });
