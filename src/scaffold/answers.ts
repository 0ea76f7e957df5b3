/**
 * Checks one answer in `npm run ny` and turns it into the value written to the file. Every
 * refusal says what was wrong and what is accepted, with «Mente du …?» where a near miss is likely.
 */
import { lookupMunicipality } from '../lib/municipalities.ts';
import { closest, didYouMean } from '../check/closest.ts';
import type { Choices, Option } from './choices.ts';
import type { Field } from './fields.ts';

export type Parsed = { ok: true; value: unknown; note?: string } | { ok: false; message: string };

/** Splits «Tromsø, Balsfjord» and repeated flags into single answers. */
export const splitList = (raw: string[], separator = ','): string[] =>
  raw.flatMap((r) => r.split(separator)).map((s) => s.trim()).filter((s) => s !== '');

function pick(written: string, options: Option[], what: string): Parsed {
  const answer = written.trim();
  const byNumber = /^\d+$/.test(answer) ? options[Number(answer) - 1] : undefined;
  const found =
    byNumber ??
    options.find((o) => o.id === answer) ??
    options.find((o) => o.id.toLowerCase() === answer.toLowerCase() || o.label.toLocaleLowerCase('nb') === answer.toLocaleLowerCase('nb'));
  if (found) return { ok: true, value: found.id };
  const near = closest(answer, options.map((o) => o.id), 2);
  const starts = options.filter((o) => o.id.startsWith(answer.toLowerCase()) || o.label.toLocaleLowerCase('nb').startsWith(answer.toLocaleLowerCase('nb'))).map((o) => o.id);
  const hint = didYouMean([...new Set([...starts.slice(0, 2), ...near])].slice(0, 3));
  return { ok: false, message: `Ukjent ${what} «${answer}».${hint} Velg blant: ${options.map((o) => o.id).join(', ')}.` };
}

const listNames: Record<keyof Choices, string> = {
  topics: 'tema', organisations: 'organisasjon', tools: 'verktøy', targetGroups: 'målgruppe', arenas: 'arena',
  statuses: 'status', articleKinds: 'artikkeltype', eventKinds: 'arrangementstype', counties: 'fylke', languages: 'målform',
};

function realDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
}

/** Checks the answer(s) given for one field. `raw` holds one entry per flag or one typed line. */
export function parseAnswer(field: Field, raw: string[], choices: Choices): Parsed {
  const kind = field.kind;
  const one = raw.join(' ').trim();
  switch (kind.type) {
    case 'text': {
      if (kind.min !== undefined && one.length < kind.min) return { ok: false, message: `For kort: skriv minst ${kind.min} tegn (du skrev ${one.length}).` };
      if (kind.max !== undefined && one.length > kind.max) return { ok: false, message: `For langt: høyst ${kind.max} tegn (du skrev ${one.length}).` };
      return { ok: true, value: one };
    }
    case 'choice':
      return pick(one, choices[kind.list], listNames[kind.list]);
    case 'choices': {
      // County names contain no commas, but «Møre og Romsdal» has spaces: split on commas only.
      const items = splitList(raw);
      if (items.length < (kind.min ?? 0)) return { ok: false, message: `Velg minst ${kind.min}.` };
      const values: string[] = [];
      for (const item of items) {
        const got = pick(item, choices[kind.list], listNames[kind.list]);
        if (!got.ok) return got;
        if (!values.includes(got.value as string)) values.push(got.value as string);
      }
      return { ok: true, value: values };
    }
    case 'municipalities': {
      const names: string[] = [];
      const notes: string[] = [];
      const wrong: string[] = [];
      for (const written of splitList(raw)) {
        const hit = lookupMunicipality(written);
        if (hit.kind === 'unknown') wrong.push(`Ukjent kommune «${written}».${didYouMean(hit.suggestions)} Skriv navnet slik SSB skriver det.`);
        else if (hit.kind === 'ambiguous') wrong.push(`Flere kommuner heter «${written}». Skriv ${hit.options.map((o) => `«${o}»`).join(' eller ')}.`);
        else if (hit.kind === 'former') {
          names.push(hit.name);
          notes.push(`${hit.name} er nå en del av ${hit.nowPartOf.map((m) => m.name).join(' og ')} (fra ${hit.since}). Det gamle navnet er riktig for arbeid fra før sammenslåingen.`);
        } else {
          // Keep the form the editor chose («Tromsø» rather than «Tromsø - Romsa - Tromssa»), spelt as SSB spells it.
          const ssb = hit.municipality.name;
          const forms = [ssb, ssb.replace(/\s*\(.*\)$/, ''), ...ssb.replace(/\s*\(.*\)$/, '').split(' - ')];
          names.push(forms.find((f) => f.toLocaleLowerCase('nb') === written.toLocaleLowerCase('nb')) ?? ssb);
        }
      }
      if (wrong.length > 0) return { ok: false, message: wrong.join(' ') };
      return { ok: true, value: [...new Set(names)], ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
    }
    case 'period':
      return /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(one) ? { ok: true, value: one } : { ok: false, message: `«${one}» er ikke et årstall. Skriv 2016 eller 2016-04.` };
    case 'year':
      return /^(19|20)\d{2}$/.test(one) ? { ok: true, value: Number(one) } : { ok: false, message: `«${one}» er ikke et årstall. Skriv for eksempel 2016.` };
    case 'date':
      return realDate(one) ? { ok: true, value: one } : { ok: false, message: `«${one}» er ikke en gyldig dato. Skriv ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.` };
    case 'datetime': {
      const [date = '', time] = one.split(/[T ]/);
      const okTime = time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
      return realDate(date) && okTime ? { ok: true, value: one.replace(' ', 'T') } : { ok: false, message: `«${one}» er ikke en gyldig dato. Skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM, for eksempel 2026-06-10T09:00.` };
    }
    case 'url': {
      try {
        const url = new URL(one);
        if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, value: one };
      } catch {
        // Falls through to the message below.
      }
      return { ok: false, message: `«${one}» er ikke en nettadresse. Skriv hele adressen, som begynner med https://.` };
    }
    case 'authors': {
      const authors = splitList(raw, ';').map((entry) => {
        const [name = '', role, organisation] = entry.split(',').map((s) => s.trim());
        return { name, ...(role ? { role } : {}), ...(organisation ? { organisation } : {}) };
      });
      const bad = authors.find((a) => a.name.length < 2);
      return bad ? { ok: false, message: 'Hver forfatter må ha et navn. Skriv «Navn, rolle, organisasjon» og skill forfattere med semikolon.' } : { ok: true, value: authors };
    }
  }
}
