import { z } from 'astro/zod';
import { languages } from './vocabulary.ts';
import { slugify } from '../lib/slug.ts';

/** An id of another entry: lower case letters, digits and hyphens, as in the file name. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Bruk små bokstaver, tall og bindestrek (for eksempel «bedre-tverrfaglig-innsats»).');

/**
 * One value of a controlled vocabulary, accepting it as an editor types it: «pågår» or «Pågår» is
 * read as «pagar», «Høyere utdanning» as «hoyere-utdanning». The stored ids stay ASCII because
 * they are also used in addresses and filters. The JSON Schema still lists the ids (meta).
 */
export const vocabEnum = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess((value) => (typeof value === 'string' ? slugify(value) : value), z.enum(values)).meta({ type: 'string', enum: [...values] });

/** A calendar date written as YYYY-MM-DD; rejects dates that do not exist, such as 2024-02-30. */
export const dateSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!match || !date || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `«${text}» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-03-01.` });
      return z.NEVER;
    }
    return date;
  });

/** A date with a time of day (events, deadlines), written as YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
export const dateTimeSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en gyldig dato. Skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM, for eksempel 2022-06-10T09:00.` });
      return z.NEVER;
    }
    const [, y, m, d, hh = '00', mm = '00'] = match;
    // Editors write Norwegian wall-clock time. It is kept as if it were UTC and always formatted
    // in UTC, so the page shows exactly the time the editor wrote, with no daylight-saving shift.
    const date = new Date(`${y}-${m}-${d}T${hh}:${mm}:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 16) !== `${y}-${m}-${d}T${hh}:${mm}`) {
      ctx.addIssue({ code: 'custom', message: `«${value}» er ikke en gyldig dato eller et gyldig klokkeslett.` });
      return z.NEVER;
    }
    return date;
  });

/** A web address starting with https:// or http://. */
export const urlSchema = z.url({ message: 'Må være en fullstendig nettadresse som begynner med https://' });

/** The written standard the entry is written in: bokmål (nb) or nynorsk (nn). */
export const languageSchema = z.enum(languages, { message: 'Skriv «nb» for bokmål eller «nn» for nynorsk.' });

/** A source a claim on the page rests on. */
export const sourceSchema = z.object({
  /** Title of the document, page or law. */
  title: z.string().min(3),
  /** Who published it (an organisation, journal or publisher). */
  publisher: z.string().optional(),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Where to read it, if it is online. */
  url: urlSchema.optional(),
  /** A short note on what the source supports, for example a chapter or page. */
  note: z.string().optional(),
});

/** Fields every page-like entry has. */
export const baseFields = {
  /** The page's title, shown as its one h1. */
  title: z.string().min(3, 'Tittelen må ha minst tre tegn.').max(140, 'Tittelen kan ha høyst 140 tegn.'),
  /** One or two sentences that lead the page and serve as its meta description. */
  ingress: z.string().min(20, 'Ingressen må ha minst 20 tegn.').max(400, 'Ingressen kan ha høyst 400 tegn.'),
  /** Written standard of the page. */
  lang: languageSchema,
  /** Topic ids (files in content/tema/) the page belongs to. */
  topics: z.array(idSchema).min(1, 'Velg minst ett tema.'),
  /** When the page was last updated in substance. */
  updated: dateSchema,
  /** Sources for what the page says. */
  sources: z.array(sourceSchema).min(1, 'Oppgi minst én kilde.'),
  /** Leave the entry out of the built site while it is being written. */
  draft: z.boolean().default(false),
  /** Extra words the page should be found by in search (abbreviations, other spellings). */
  searchTerms: z.array(z.string()).default([]),
};

export type Source = z.infer<typeof sourceSchema>;
