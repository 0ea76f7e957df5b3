/**
 * The schema.org nodes for an entry's page, chosen by the collection's structured-data type.
 * Looks up what the nodes refer to (organisers, the guideline of a chapter) itself, so a page
 * only says which entry it shows.
 */
import type { Thing } from 'schema-dts';
import { content, isClosed, organisation, type Chapter, type EventEntry, type GlossaryEntry, type Grant, type Guideline, type Question } from '../../lib/collections.ts';
import { pathFor, type EntryKind } from '../../lib/paths.ts';
import { formatDateTime, label, t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { absolute } from '../site.ts';
import { sectionOf, shareImagePath } from '../share/share-image.ts';
import { eventNode } from './event-node.ts';
import { grantNode } from './grant-node.ts';
import { chapterNodes, guidelineNode } from './guideline-nodes.ts';
import { termNode } from './glossary-nodes.ts';
import { articleNode, listPageNode, type PageFacts } from './page-nodes.ts';
import { questionPageNode } from './question-nodes.ts';
import { recommendationsIn } from './recommendations.ts';

/** The schema.org type each collection's pages are described as. */
export type StructuredDataType =
  | 'Article' | 'NewsArticle' | 'MedicalGuideline' | 'Event' | 'GovernmentService' | 'DefinedTerm' | 'FAQPage' | 'CollectionPage' | 'AboutPage';

export const collectionStructuredData = {
  articles: 'Article',
  practice: 'Article',
  guidelines: 'MedicalGuideline',
  chapters: 'MedicalGuideline',
  planGuides: 'Article',
  planSteps: 'Article',
  questions: 'FAQPage',
  tools: 'Article',
  topics: 'CollectionPage',
  glossary: 'DefinedTerm',
  news: 'NewsArticle',
  events: 'Event',
  grants: 'GovernmentService',
  pages: 'AboutPage',
} as const satisfies Record<EntryKind, StructuredDataType>;

interface AnyEntry {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data: { title: string; ingress: string; lang: Language; updated: Date; published?: Date | undefined };
}

/** Entries by kind and id, built once per build (a linear search per page is quadratic at 10 000 pages). */
const byId = (): Promise<Map<string, AnyEntry>> => (cache ??= index());
let cache: Promise<Map<string, AnyEntry>> | undefined;

async function index(): Promise<Map<string, AnyEntry>> {
  const c = await content();
  const map = new Map<string, AnyEntry>();
  const kinds: EntryKind[] = ['articles', 'practice', 'guidelines', 'chapters', 'planGuides', 'planSteps', 'questions', 'tools', 'glossary', 'news', 'events', 'grants', 'pages'];
  for (const kind of kinds) for (const e of c[kind] as unknown as AnyEntry[]) map.set(`${kind}/${e.id}`, e);
  return map;
}

/** The entry behind a page, for its structured data and its «Foreslå en endring» link. */
export const entryFor = async (kind: EntryKind, id: string): Promise<AnyEntry | undefined> => (await byId()).get(`${kind}/${id}`);

export function factsOf(kind: EntryKind, e: AnyEntry): PageFacts {
  const path = pathFor(kind, e.id);
  return {
    path,
    title: e.data.title,
    description: e.data.ingress,
    lang: e.data.lang,
    image: absolute(shareImagePath(sectionOf(path))),
    published: e.data.published,
    updated: e.data.updated,
  };
}

export async function structuredDataFor(kind: EntryKind, id: string): Promise<Thing[]> {
  const e = await entryFor(kind, id);
  if (!e) return [];
  const p = factsOf(kind, e);
  const lang = p.lang;
  const type = collectionStructuredData[kind];
  switch (type) {
    case 'Article':
    case 'NewsArticle': {
      const authors = (e.data as { authors?: { name: string }[] }).authors?.map((a) => a.name) ?? [];
      return [articleNode(type, p, t(lang, `type.${kind}`), authors)];
    }
    case 'MedicalGuideline':
      return kind === 'chapters' ? chapterData(p, e as unknown as Chapter) : guidelineData(p, e as unknown as Guideline);
    case 'Event': {
      const d = (e as unknown as EventEntry).data;
      const organisers = await Promise.all(d.organisers.map(organisation));
      return [listPageNode('WebPage', p), eventNode(p, d, organisers.map((o) => ({ name: o.data.name, url: o.data.url })))];
    }
    case 'GovernmentService': {
      const g = e as unknown as Grant;
      const provider = await organisation(g.data.responsible);
      const state = t(lang, isClosed(g) ? 'grant.closed' : 'grant.open');
      const deadlines = g.data.deadlines.map((x) => `${x.label}: ${formatDateTime(lang, x.date)}.`);
      return [listPageNode('WebPage', p), grantNode(p, g.data, { name: provider.data.name, url: provider.data.url }, state, deadlines, t(lang, 'type.grants'))];
    }
    case 'DefinedTerm': {
      const d = (e as unknown as GlossaryEntry).data;
      return [listPageNode('WebPage', p), termNode(p.path, d.term, d.definition, d.alsoKnownAs, t(lang, 'ordbok.title'))];
    }
    case 'FAQPage': {
      const q = e as unknown as Question;
      return [questionPageNode(p, q.data.ingress)];
    }
    case 'CollectionPage':
    case 'AboutPage':
      return [listPageNode(type, p)];
  }
}

function guidelineData(p: PageFacts, g: Guideline): Thing[] {
  const replaced = g.data.status === 'erstattet' ? `${t(p.lang, 'replaced.heading')}.` : undefined;
  return [articleNode('Article', p, t(p.lang, 'type.guidelines')), guidelineNode(p, g.data, replaced)];
}

async function chapterData(p: PageFacts, c: Chapter): Promise<Thing[]> {
  const guideline = (await content()).guidelines.find((g) => g.id === c.data.guideline)!;
  const recommendations = recommendationsIn(c.body ?? '').map((r) => ({
    number: r.nummer,
    // «bør: sterk anbefaling», in the chapter's written standard, as the page explains it.
    strength: r.styrke ? `${label(p.lang, 'strength', r.styrke)}: ${label(p.lang, 'strengthNote', r.styrke)}` : undefined,
    text: r.tekst,
  }));
  return chapterNodes(p, pathFor('guidelines', guideline.id), guideline.data.title, recommendations);
}
