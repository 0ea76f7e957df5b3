/**
 * What `npm run ny` asks for, per content type: each question, its flag for non-interactive use,
 * how the answer is checked and where it goes in the frontmatter. The checks mirror the schemas in
 * src/schemas/, so an answer that passes here passes `npm run check`.
 */
import type { Choices } from './choices.ts';
import type { PageName } from '../collections/paths.ts';

export type FieldKind =
  | { type: 'text'; min?: number; max?: number }
  | { type: 'choice'; list: keyof Choices }
  | { type: 'choices'; list: keyof Choices; min?: number }
  | { type: 'municipalities' }
  | { type: 'period' }
  | { type: 'date' }
  | { type: 'datetime' }
  | { type: 'url' }
  | { type: 'year' }
  | { type: 'authors' };

export interface Field {
  /** Where the answer goes in the frontmatter; dots for nested fields («period.from», «sources.0.title»). */
  key: string;
  /** The command-line flag, without «--». */
  flag: string;
  /** The question, in Norwegian. */
  question: string;
  /** One line of help shown with the question. */
  help?: string;
  kind: FieldKind;
  /**
   * What happens when the editor gives no answer: `required` asks again (or stops, with --ja);
   * `placeholder` writes «FYLL UT …» for the editor to fill in later; `optional` leaves the field out.
   */
  missing: 'required' | 'placeholder' | 'optional';
  /** The text written (after «FYLL UT: ») when the field is left for later. */
  placeholder?: string;
  /** A value used when nothing is given (the question shows it in brackets). */
  defaultValue?: string;
  /** Key of a field that may be given instead of this one (municipalities or counties). */
  alternative?: string;
}

/** Writes a help text as a comment the reader never sees. */
export type Note = (text: string) => string;

export interface ContentType {
  /** The name used on the command line: `npm run ny -- praksis`. */
  name: string;
  /** What an editor calls it. */
  label: string;
  /** The registry row the entry belongs to (src/collections/registry.ts): its folder and schema. */
  collection: PageName;
  fields: Field[];
  /**
   * Headings and help for the body, in the entry's written standard; `note` writes the help as a
   * comment in the file's format ({/* … *\/} in MDX, <!-- … --> in Markdown).
   */
  body: (lang: 'nb' | 'nn', note: Note) => string;
  /** Fields filled from other answers. */
  derive?: (data: Record<string, unknown>) => void;
}

const title: Field = { key: 'title', flag: 'tittel', question: 'Tittel', help: '3–140 tegn. Filnavnet og adressen lages av tittelen.', kind: { type: 'text', min: 3, max: 140 }, missing: 'required' };
const lang: Field = { key: 'lang', flag: 'sprak', question: 'Målform: nb (bokmål) eller nn (nynorsk)', kind: { type: 'choice', list: 'languages' }, missing: 'required', defaultValue: 'nb' };
const ingress: Field = {
  key: 'ingress', flag: 'ingress', question: 'Ingress', help: 'Én til to setninger som oppsummerer siden (20–400 tegn).',
  kind: { type: 'text', min: 20, max: 400 }, missing: 'placeholder', placeholder: 'Én til to setninger som oppsummerer siden (20–400 tegn).',
};
const topics: Field = { key: 'topics', flag: 'tema', question: 'Tema', help: 'Velg ett eller flere (nummer eller id, skill med komma).', kind: { type: 'choices', list: 'topics', min: 1 }, missing: 'required' };
const sourceFields: Field[] = [
  {
    key: 'sources.0.title', flag: 'kilde', question: 'Kilde: tittel på dokumentet eller nettsiden', help: 'Det eksempelet bygger på, for eksempel en rapport eller en plan.',
    kind: { type: 'text', min: 3 }, missing: 'placeholder', placeholder: 'tittel på dokumentet eller nettsiden teksten bygger på',
  },
  { key: 'sources.0.publisher', flag: 'kilde-utgiver', question: 'Kilde: utgiver (organisasjon)', kind: { type: 'text', min: 2 }, missing: 'optional' },
  { key: 'sources.0.year', flag: 'kilde-ar', question: 'Kilde: årstall', kind: { type: 'year' }, missing: 'optional' },
  { key: 'sources.0.url', flag: 'kilde-url', question: 'Kilde: nettadresse', help: 'Begynner med https://', kind: { type: 'url' }, missing: 'optional' },
];

const practiceType: ContentType = {
  name: 'praksis',
  label: 'Praksiseksempel',
  collection: 'practice',
  fields: [
    title, lang, ingress,
    {
      key: 'municipalities', flag: 'kommune', question: 'Kommuner', help: 'Skriv navnene, skill med komma. Tidligere kommuner (for eksempel Skånland) går også. Tomt hvis arbeidet gjaldt hele fylker.',
      kind: { type: 'municipalities' }, missing: 'required', alternative: 'counties',
    },
    { key: 'counties', flag: 'fylke', question: 'Fylker (bare hvis arbeidet gjaldt hele fylket)', kind: { type: 'choices', list: 'counties' }, missing: 'optional', alternative: 'municipalities' },
    topics,
    { key: 'period.from', flag: 'fra', question: 'Startet (år, eller år-måned som 2016-04)', kind: { type: 'period' }, missing: 'required' },
    { key: 'period.to', flag: 'til', question: 'Avsluttet (år eller år-måned; tomt hvis det pågår)', kind: { type: 'period' }, missing: 'optional' },
    { key: 'status', flag: 'status', question: 'Status', kind: { type: 'choice', list: 'statuses' }, missing: 'required' },
    {
      key: 'challenge', flag: 'utfordring', question: 'Utfordringen kommunen ville løse', help: 'Én eller to setninger (minst 20 tegn).',
      kind: { type: 'text', min: 20 }, missing: 'placeholder', placeholder: 'utfordringen eller behovet arbeidet svarte på, i én eller to setninger',
    },
    {
      key: 'targetGroups', flag: 'malgruppe', question: 'Målgrupper', help: 'Hvem arbeidet var rettet mot.', kind: { type: 'choices', list: 'targetGroups', min: 1 },
      missing: 'placeholder', placeholder: 'velg én eller flere målgrupper (se CONTRIBUTING.md)',
    },
    { key: 'arenas', flag: 'arena', question: 'Arenaer', kind: { type: 'choices', list: 'arenas' }, missing: 'optional' },
    { key: 'methods', flag: 'metode', question: 'Verktøy og metoder som ble brukt', kind: { type: 'choices', list: 'tools' }, missing: 'optional' },
    { key: 'partners', flag: 'partner', question: 'Samarbeidspartnere', kind: { type: 'choices', list: 'organisations' }, missing: 'optional' },
    { key: 'contact', flag: 'kontakt', question: 'Kontakt: organisasjonen lesere kan spørre', help: 'Aldri en privatpersons e-post eller telefon.', kind: { type: 'choice', list: 'organisations' }, missing: 'required' },
    { key: 'evaluation', flag: 'evaluering', question: 'Hvordan ble arbeidet evaluert?', help: 'Si det rett ut hvis det ikke ble evaluert.', kind: { type: 'text', min: 10 }, missing: 'optional' },
    ...sourceFields,
  ],
  body: (l, note) =>
    l === 'nn'
      ? section('Bakgrunn', 'Kvifor starta kommunen arbeidet? Skildra situasjonen og kven som var med.', note, 'nn') +
        section('Kva vart gjort', 'Skildra tiltaka i den rekkjefølgja dei skjedde. Nemn verktøy og samarbeidspartnarar.', note, 'nn') +
        section('Erfaringar og vidare arbeid', 'Kva lærte de, og kva skjer vidare? Skriv berre det kjeldene støttar.', note, 'nn')
      : section('Bakgrunn', 'Hvorfor startet kommunen arbeidet? Beskriv situasjonen og hvem som var med.', note) +
        section('Hva ble gjort', 'Beskriv tiltakene i den rekkefølgen de skjedde. Nevn verktøy og samarbeidspartnere.', note) +
        section('Erfaringer og videre arbeid', 'Hva lærte dere, og hva skjer videre? Skriv bare det kildene støtter.', note),
};

const articleType: ContentType = {
  name: 'artikkel',
  label: 'Artikkel',
  collection: 'articles',
  fields: [
    title, lang, ingress,
    { key: 'kind', flag: 'art', question: 'Hva slags artikkel', kind: { type: 'choice', list: 'articleKinds' }, missing: 'required' },
    topics,
    { key: 'authors', flag: 'forfatter', question: 'Forfattere', help: 'Navn, rolle, organisasjon; skill flere forfattere med semikolon.', kind: { type: 'authors' }, missing: 'optional' },
    { key: 'organisation', flag: 'organisasjon', question: 'Ansvarlig organisasjon', kind: { type: 'choice', list: 'organisations' }, missing: 'optional' },
    ...sourceFields,
  ],
  body: (l, note) => (l === 'nn' ? free('Skriv artikkelen her. Del han opp med mellomtitlar (## Mellomtittel).', note, 'nn') : free('Skriv artikkelen her. Del den opp med mellomtitler (## Mellomtittel).', note)),
};

const newsType: ContentType = {
  name: 'aktuelt',
  label: 'Nyhet',
  collection: 'news',
  fields: [
    title, lang, ingress, topics,
    { key: 'organisations', flag: 'organisasjon', question: 'Organisasjoner nyheten gjelder', kind: { type: 'choices', list: 'organisations' }, missing: 'optional' },
    ...sourceFields,
  ],
  body: (l, note) => (l === 'nn' ? free('Skriv nyheita her: kva som har skjedd, kven det gjeld og kvar ein kan lese meir.', note, 'nn') : free('Skriv nyheten her: hva som har skjedd, hvem det gjelder og hvor man kan lese mer.', note)),
};

const eventType: ContentType = {
  name: 'arrangement',
  label: 'Arrangement',
  collection: 'events',
  fields: [
    title, lang, ingress,
    { key: 'kind', flag: 'art', question: 'Hva slags arrangement', kind: { type: 'choice', list: 'eventKinds' }, missing: 'required' },
    topics,
    { key: 'start', flag: 'start', question: 'Start (ÅÅÅÅ-MM-DD, eller med klokkeslett: 2026-06-10T09:00)', kind: { type: 'datetime' }, missing: 'required' },
    { key: 'end', flag: 'slutt', question: 'Slutt (samme form)', kind: { type: 'datetime' }, missing: 'optional' },
    { key: 'place', flag: 'sted', question: 'Sted (lokale og by, eller «digitalt»)', kind: { type: 'text', min: 2 }, missing: 'required' },
    { key: 'organisers', flag: 'arrangor', question: 'Arrangører', kind: { type: 'choices', list: 'organisations', min: 1 }, missing: 'required' },
    { key: 'audience', flag: 'for', question: 'Hvem er det for? (én setning)', kind: { type: 'text', min: 5 }, missing: 'optional' },
    { key: 'registrationDeadline', flag: 'frist', question: 'Påmeldingsfrist (ÅÅÅÅ-MM-DD)', kind: { type: 'date' }, missing: 'optional' },
    { key: 'url', flag: 'pamelding', question: 'Nettadresse for påmelding eller program', kind: { type: 'url' }, missing: 'optional' },
    ...sourceFields,
  ],
  body: (l, note) =>
    l === 'nn'
      ? section('Om arrangementet', 'Kva handlar det om, og kva får deltakarane ut av det?', note, 'nn') +
        section('Praktisk informasjon', 'Påmelding, pris, stad og kven ein kan kontakte (ein organisasjon, ikkje ein privatperson).', note, 'nn')
      : section('Om arrangementet', 'Hva handler det om, og hva får deltakerne ut av det?', note) +
        section('Praktisk informasjon', 'Påmelding, pris, sted og hvem man kan kontakte (en organisasjon, ikke en privatperson).', note),
};

const glossaryType: ContentType = {
  name: 'ordbok',
  label: 'Ordforklaring',
  collection: 'glossary',
  fields: [
    { ...title, question: 'Ordet eller uttrykket', help: 'Skriv det slik det skal stå, med store bokstaver der de hører hjemme.' },
    lang,
    {
      key: 'definition', flag: 'definisjon', question: 'Definisjon i én setning', kind: { type: 'text', min: 10, max: 300 },
      missing: 'placeholder', placeholder: 'én setning som forklarer ordet (10–300 tegn)',
    },
    { ...ingress, missing: 'placeholder' },
    topics,
    ...sourceFields,
  ],
  derive: (data) => {
    data.term = data.title;
  },
  body: (l, note) => (l === 'nn' ? free('Forklar ordet nærare: kvar det blir brukt, og korleis det heng saman med andre ord.', note, 'nn') : free('Forklar ordet nærmere: hvor det brukes, og hvordan det henger sammen med andre ord.', note)),
};

/** A body section whose text the editor still has to write; the check reports it until they do. */
function section(heading: string, help: string, note: Note, lang: 'nb' | 'nn' = 'nb'): string {
  return `## ${heading}\n\n${free(help, note, lang)}\n`;
}

function free(help: string, note: Note, lang: 'nb' | 'nn' = 'nb'): string {
  const done = lang === 'nn' ? 'Slett denne lina når teksten er skriven.' : 'Slett denne linjen når teksten er skrevet.';
  return `${note(`FYLL UT: ${help} ${done}`)}\n`;
}

export const contentTypes: ContentType[] = [practiceType, articleType, newsType, eventType, glossaryType];
