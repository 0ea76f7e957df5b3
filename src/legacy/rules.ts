/**
 * Where an old address that is not in the inventory goes: one ordered list of rules per host,
 * written as data so that the same rules drive the TypeScript resolver (tests, static redirect
 * pages), the nginx maps and the _redirects file.
 *
 * A rule matches the whole path (no trailing slash, '' for the root), case-insensitively. It may
 * capture the last meaningful part of the path as `slug`. Then it may look for a live page whose
 * id is that slug (`find`), and otherwise sends the visitor to a fixed page or to a search for
 * the words in the slug. Every old host ends with a rule that matches anything, so an old address
 * never ends on a bare 404.
 *
 * Patterns must mean the same in JavaScript and in nginx's PCRE: keep to groups, classes,
 * quantifiers and one named group.
 */
import { mainHost, type OldHost } from './hosts.ts';
import { pageNames, type PageName } from '../collections/paths.ts';
import { rowOf } from '../collections/registry.ts';

function anyKinds(): PageName[] {
  const rank = (kind: PageName) => rowOf(kind).oldAddressRank ?? Number.POSITIVE_INFINITY;
  return pageNames.filter((kind) => rowOf(kind).oldAddressRank !== undefined).sort((a, b) => rank(a) - rank(b));
}

/** Which live pages a rule may look a slug up among. */
export const finders = {
  glossary: { kinds: ['glossary'] },
  articles: { kinds: ['articles'] },
  questions: { kinds: ['questions'] },
  practice: { kinds: ['practice'] },
  // A guideline's old address often carries its subtitle after the id:
  // «fra-bekymring-til-handling---en-veileder-om-…». So an id may match the start of the slug.
  guidelines: { kinds: ['guidelines'], prefix: true },
  // When any page will do, the broadest kinds come first (a topic hub before a glossary entry),
  // as the registry's oldAddressRank orders them.
  any: { kinds: anyKinds() },
} as const satisfies Record<string, { kinds: readonly PageName[]; prefix?: boolean }>;

export type FinderName = keyof typeof finders;

export type Otherwise =
  /** The first of these paths that is a live page. */
  | { go: string[] }
  /** A search for the words in the slug: /sok/?q=word+word. */
  | { search: true };

export interface Rule {
  /** Short and stable: nginx's tables name rules by it. Letters, digits and hyphens. */
  id: string;
  hosts: string[];
  /** Regular expression for the whole path, without ^ and $. */
  path: string;
  find?: FinderName;
  otherwise: Otherwise;
}

/** Any number of path segments, then the last one captured as the slug. */
const deep = (prefix: string) => `${prefix}(?:/[^/]+)*/(?<slug>[^/]+)`;
const main = [mainHost];
const host = (h: OldHost) => [h];

/** Hubs that stand for a whole old site. The first live one is used. */
const hubs = {
  tidlig: ['/tidlig-intervensjon/'],
  kommunetorget: ['/planlegging/'],
  skole: ['/verktoy/stottemateriell-rusforebygging-skole/', '/tema/skole-og-barnehage/'],
  // The «handling» toolbox described measures in the municipalities: practice examples now.
  handling: ['/praksis/'],
};

export const rules: Rule[] = [
  // www.forebygging.no: only addresses that are not live pages get here (see resolve.ts).
  { id: 'fo-ordbok', hosts: main, path: '(?:/en)?/ordbok(?:/[^/]+)?/(?<slug>[^/]+)', find: 'glossary', otherwise: { go: ['/ordbok/'] } },
  { id: 'fo-en-ordbok', hosts: main, path: '/en/ordbok', otherwise: { go: ['/ordbok/'] } },
  { id: 'fo-en', hosts: main, path: '/en(?:/.*)?', otherwise: { go: ['/'] } },
  { id: 'fo-artikler-ar', hosts: main, path: '/artikler/[0-9]{4}(?:-[0-9]{4})?', otherwise: { go: ['/artikler/'] } },
  { id: 'fo-artikler', hosts: main, path: deep('/artikler'), find: 'articles', otherwise: { search: true } },
  { id: 'fo-handling-rot', hosts: main, path: '/handling', otherwise: { go: hubs.handling } },
  { id: 'fo-handling', hosts: main, path: deep('/handling'), find: 'any', otherwise: { go: hubs.handling } },
  { id: 'fo-skole-rot', hosts: main, path: '/skole', otherwise: { go: hubs.skole } },
  { id: 'fo-skole', hosts: main, path: deep('/skole'), find: 'any', otherwise: { go: hubs.skole } },

  // tidligintervensjon.no: merged into the early-intervention hub.
  { id: 'ti-rot', hosts: host('tidligintervensjon.no'), path: '', otherwise: { go: hubs.tidlig } },
  { id: 'ti-side', hosts: host('tidligintervensjon.no'), path: deep(''), find: 'any', otherwise: { go: hubs.tidlig } },

  // tidliginnsats.forebygging.no: the early-intervention section of forebygging.no.
  { id: 'tis-rot', hosts: host('tidliginnsats.forebygging.no'), path: '', otherwise: { go: hubs.tidlig } },
  { id: 'tis-foringer-rot', hosts: host('tidliginnsats.forebygging.no'), path: '/statlige-foringer', otherwise: { go: ['/veiledere/'] } },
  { id: 'tis-foringer', hosts: host('tidliginnsats.forebygging.no'), path: deep('/statlige-foringer'), find: 'guidelines', otherwise: { go: ['/veiledere/'] } },
  { id: 'tis-artikler-rot', hosts: host('tidliginnsats.forebygging.no'), path: '/artikler--kronikker', otherwise: { go: ['/artikler/'] } },
  { id: 'tis-artikler', hosts: host('tidliginnsats.forebygging.no'), path: deep('/artikler--kronikker'), find: 'articles', otherwise: { search: true } },
  { id: 'tis-rapporter', hosts: host('tidliginnsats.forebygging.no'), path: deep('/rapporter'), find: 'any', otherwise: { search: true } },
  { id: 'tis-side', hosts: host('tidliginnsats.forebygging.no'), path: deep(''), find: 'any', otherwise: { go: hubs.tidlig } },

  // skole.forebygging.no: the support material for schools, chapter by chapter.
  { id: 'sk-rot', hosts: host('skole.forebygging.no'), path: '', otherwise: { go: hubs.skole } },
  { id: 'sk-side', hosts: host('skole.forebygging.no'), path: deep(''), find: 'any', otherwise: { go: hubs.skole } },

  // handling.forebygging.no: measures in the municipalities.
  { id: 'ha-rot', hosts: host('handling.forebygging.no'), path: '', otherwise: { go: hubs.handling } },
  { id: 'ha-side', hosts: host('handling.forebygging.no'), path: deep(''), find: 'any', otherwise: { go: hubs.handling } },

  // kommunetorget.no: plan guidance, questions and answers, practice examples.
  { id: 'kt-rot', hosts: host('kommunetorget.no'), path: '', otherwise: { go: hubs.kommunetorget } },
  { id: 'kt-svar-rot', hosts: host('kommunetorget.no'), path: '/praksiseksempler-og-sporsmal-svar/sporsmal-svar', otherwise: { go: ['/planlegging/sporsmal-og-svar/'] } },
  { id: 'kt-svar', hosts: host('kommunetorget.no'), path: deep('/praksiseksempler-og-sporsmal-svar/sporsmal-svar'), find: 'questions', otherwise: { go: ['/planlegging/sporsmal-og-svar/'] } },
  { id: 'kt-praksis-rot', hosts: host('kommunetorget.no'), path: '/praksiseksempler-og-sporsmal-svar(?:/praksiseksempler)?', otherwise: { go: ['/praksis/'] } },
  { id: 'kt-praksis', hosts: host('kommunetorget.no'), path: deep('/praksiseksempler-og-sporsmal-svar'), find: 'practice', otherwise: { go: ['/praksis/'] } },
  { id: 'kt-tema-rot', hosts: host('kommunetorget.no'), path: '/temaomrader', otherwise: { go: ['/tema/'] } },
  { id: 'kt-tema', hosts: host('kommunetorget.no'), path: deep('/temaomrader'), find: 'any', otherwise: { search: true } },
  { id: 'kt-side', hosts: host('kommunetorget.no'), path: deep(''), find: 'any', otherwise: { go: hubs.kommunetorget } },
];

/** The search the `search` fallback leads to; at most this many words from the slug. */
export const searchPath = '/sok/?q=';
export const maxSearchWords = 8;

/** The slug's words joined for the query string: letters and digits, everything else separates. */
export const searchWords = (slug: string): string =>
  slug.split(/[^a-z0-9]+/i).filter(Boolean).slice(0, maxSearchWords).join('+');

/** The regular expression a rule's host and path make together, for JavaScript. */
export const ruleRegExp = (rule: Rule): RegExp =>
  new RegExp(`^(?:${rule.hosts.map((h) => h.replace(/\./g, '\\.')).join('|')})${rule.path}$`, 'i');
