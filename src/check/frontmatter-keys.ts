/**
 * Fields the schema does not know are silently dropped by the build, so a misspelt optional field
 * (`evalution:`) would vanish from the page without a word. This reports every unknown field with
 * the field the editor most likely meant, including the Norwegian words editors tend to write.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from './problem.ts';
import { rowOf } from '../collections/registry.ts';
import type { ContentFile } from './files.ts';
import { closest, didYouMean } from './closest.ts';

/** Norwegian words for fields, as editors write them before they learn the English names. */
const norwegianNames: Record<string, string> = {
  tittel: 'title', ingress: 'ingress', sprak: 'lang', språk: 'lang', tema: 'topics', temaer: 'topics',
  oppdatert: 'updated', publisert: 'published', kilder: 'sources', kilde: 'sources', utkast: 'draft',
  kommune: 'municipalities', kommuner: 'municipalities', periode: 'period', utfordring: 'challenge',
  metoder: 'methods', metode: 'methods', malgrupper: 'targetGroups', målgrupper: 'targetGroups', målgruppe: 'targetGroups',
  arenaer: 'arenas', arena: 'arenas', evaluering: 'evaluation', resultater: 'results', resultat: 'results',
  partnere: 'partners', samarbeidspartnere: 'partners', kontakt: 'contact', bilde: 'image', type: 'kind',
  forfattere: 'authors', forfatter: 'authors', sted: 'place', arrangorer: 'organisers', arrangører: 'organisers',
  start: 'start', slutt: 'end', pamelding: 'url', påmelding: 'url', sokeord: 'searchTerms', søkeord: 'searchTerms',
};

/** Fields that have been replaced: the field that took over, and what the editor should write instead. */
const renamedFields: Record<string, { now: string; advice: string }> = {
  answeredBy: {
    now: 'basedOn',
    advice: 'Feltet heter nå «basedOn», med «site» (for eksempel kommunetorget.no) og «organisation» (id-en til organisasjonen). Det gamle svaret er en kilde, ikke forfatteren av teksten.',
  },
};

/** The top-level field names a schema accepts. */
export function fieldsOf(schema: z.ZodType): string[] | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}

export function checkUnknownFields(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!file.data) continue;
    const known = fieldsOf(rowOf(file.collection).schema);
    if (!known) continue;
    for (const key of Object.keys(file.data)) {
      if (known.includes(key)) continue;
      const renamed = renamedFields[key];
      if (renamed && known.includes(renamed.now)) {
        problems.push({ file: file.path, line: file.lineOf([key]), field: key, message: `Feltet «${key}» er tatt ut. ${renamed.advice}` });
        continue;
      }
      const meant = norwegianNames[key.toLowerCase()];
      const options = meant && known.includes(meant) ? [meant] : closest(key, known);
      problems.push({
        file: file.path,
        line: file.lineOf([key]),
        field: key,
        message: `Ukjent felt «${key}».${didYouMean(options)} Feltnavnene står i CONTRIBUTING.md; et felt nettstedet ikke kjenner, blir ikke vist.`,
      });
    }
  }
  return problems;
}
