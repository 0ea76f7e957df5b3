/** Checks the places a practice example names: counties and municipalities as SSB writes them. */
import type { ContentProblem } from './problem.ts';
import { counties, lookupMunicipality } from '../lib/municipalities.ts';
import { valuesAt, type EntryRef } from '../collections/references.ts';

export function findPlaceProblems(entries: EntryRef[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'practice')) {
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    for (const name of valuesAt(entry.data, 'counties')) {
      if (!counties.includes(name)) {
        problems.push({ file, field: 'counties', message: `Ukjent fylke «${name}». Bruk et av: ${counties.join(', ')}.` });
      }
    }
    for (const name of valuesAt(entry.data, 'municipalities')) {
      const hit = lookupMunicipality(name);
      if (hit.kind === 'unknown') {
        const hint = hit.suggestions.length > 0 ? ` Mente du ${hit.suggestions.map((s) => `«${s}»`).join(' eller ')}?` : '';
        problems.push({ file, field: 'municipalities', message: `Ukjent kommune «${name}».${hint} Skriv navnet slik SSB skriver det.` });
      } else if (hit.kind === 'ambiguous') {
        problems.push({ file, field: 'municipalities', message: `Flere kommuner heter «${name}». Skriv ${hit.options.map((o) => `«${o}»`).join(' eller ')}.` });
      }
    }
  }
  return problems;
}
