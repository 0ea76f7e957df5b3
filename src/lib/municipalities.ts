import kommuner from '../data/kommuner-2026.json' with { type: 'json' };
import tidligere from '../data/tidligere-kommuner.json' with { type: 'json' };
import { editDistance } from '../check/closest.ts';

export interface Municipality {
  name: string;
  number: string;
  county: string;
}

/** What a name written by an editor resolves to. */
export type MunicipalityLookup =
  | { kind: 'current'; municipality: Municipality }
  | { kind: 'former'; name: string; nowPartOf: Municipality[]; since: number }
  | { kind: 'ambiguous'; name: string; options: string[] }
  | { kind: 'unknown'; name: string; suggestions: string[] };

export const municipalities: Municipality[] = kommuner.kommuner.map((k) => ({
  name: k.navn,
  number: k.kommunenummer,
  county: k.fylke,
}));

export const counties: string[] = kommuner.fylker.map((f) => f.navn);

const normalise = (s: string) => s.trim().toLocaleLowerCase('nb');

/** SSB writes names that two municipalities share with the county: «Herøy (Nordland)». */
const baseName = (name: string) => name.replace(/\s*\(.*\)$/, '');

/**
 * Every name a municipality goes by. SSB gives Sami and Kven names beside the Norwegian one
 * («Evenes - Evenášši», «Porsanger - Porsángu - Porsanki»); any of them, or the full form, is accepted.
 */
const namesOf = (m: Municipality): string[] => [m.name, baseName(m.name), ...baseName(m.name).split(' - ')].map(normalise);


/** The closest names, for when an editor misspells one. */
export function suggestMunicipalities(name: string, max = 3): string[] {
  const wanted = normalise(name);
  const candidates = [...municipalities.flatMap((m) => baseName(m.name).split(' - ')), ...tidligere.kommuner.map((k) => k.navn)];
  return candidates
    .map((candidate) => ({ candidate, d: editDistance(wanted, normalise(candidate)) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate, 'nb'))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** Names already resolved: every practice example's page, list card and county page asks again. */
const lookups = new Map<string, MunicipalityLookup>();

/** Resolves a municipality name as written in a practice example. */
export function lookupMunicipality(written: string): MunicipalityLookup {
  let hit = lookups.get(written);
  if (!hit) lookups.set(written, (hit = resolve(written)));
  return hit;
}

function resolve(written: string): MunicipalityLookup {
  const name = normalise(written);
  const exact = municipalities.find((m) => normalise(m.name) === name);
  if (exact) return { kind: 'current', municipality: exact };
  const sameBase = municipalities.filter((m) => namesOf(m).includes(name));
  if (sameBase.length === 1) return { kind: 'current', municipality: sameBase[0]! };
  if (sameBase.length > 1) return { kind: 'ambiguous', name: written, options: sameBase.map((m) => m.name) };
  const former = tidligere.kommuner.find((k) => normalise(k.navn) === name);
  if (former) {
    const nowPartOf = former.naaDelAv.flatMap((n) => municipalities.filter((m) => namesOf(m).includes(normalise(n))));
    return { kind: 'former', name: former.navn, nowPartOf, since: former.fra };
  }
  return { kind: 'unknown', name: written, suggestions: suggestMunicipalities(written) };
}

/** Counties a list of municipality names lies in, derived from SSB's list. */
export function countiesOf(names: string[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const hit = lookupMunicipality(name);
    if (hit.kind === 'current') found.add(hit.municipality.county);
    if (hit.kind === 'former') hit.nowPartOf.forEach((m) => found.add(m.county));
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'nb'));
}
