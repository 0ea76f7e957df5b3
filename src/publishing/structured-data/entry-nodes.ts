/**
 * The schema.org nodes for an entry's page, chosen by the structured-data type in the
 * collection's registry row. Looks up what the nodes refer to (organisers, the guideline of a
 * chapter) itself, so the detail layout only passes the entry.
 */
import type { Thing } from 'schema-dts';
import { byId, byIds, type Entry } from '../../collections/content.ts';
import { isClosed } from '../../collections/queries.ts';
import { pathFor } from '../../collections/paths.ts';
import { collectionLabel, rowOf, type ListedName } from '../../collections/registry.ts';
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
import { bodyFormatOf } from '../../markdown/format.ts';

interface AnyEntry {
  id: string;
  body?: string | undefined;
  data: { title: string; ingress: string; lang: Language; updated: Date; published?: Date | undefined };
}

export function factsOf(kind: ListedName, e: AnyEntry): PageFacts {
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

export async function structuredDataFor(kind: ListedName, entry: Entry<ListedName>): Promise<Thing[]> {
  const e = entry as unknown as AnyEntry;
  const p = factsOf(kind, e);
  const lang = p.lang;
  const type = rowOf(kind).structuredData ?? 'Article';
  switch (type) {
    case 'Article':
    case 'NewsArticle': {
      const authors = (e.data as { authors?: { name: string }[] }).authors?.map((a) => a.name) ?? [];
      return [articleNode(type, p, collectionLabel(lang, kind), authors)];
    }
    case 'MedicalGuideline':
      return kind === 'chapters' ? chapterData(p, entry as Entry<'chapters'>) : guidelineData(p, entry as Entry<'guidelines'>);
    case 'Event': {
      const d = (entry as Entry<'events'>).data;
      const organisers = await byIds('organisations', d.organisers);
      return [listPageNode('WebPage', p), eventNode(p, d, organisers.map((o) => ({ name: o.data.name, url: o.data.url })))];
    }
    case 'GovernmentService': {
      const g = entry as Entry<'grants'>;
      const provider = await byId('organisations', g.data.responsible);
      const state = t(lang, isClosed(g) ? 'grant.closed' : 'grant.open');
      const deadlines = g.data.deadlines.map((x) => `${x.label}: ${formatDateTime(lang, x.date)}.`);
      return [listPageNode('WebPage', p), grantNode(p, g.data, { name: provider.data.name, url: provider.data.url }, state, deadlines, collectionLabel(lang, kind))];
    }
    case 'DefinedTerm': {
      const d = (entry as Entry<'glossary'>).data;
      return [listPageNode('WebPage', p), termNode(p.path, d.term, d.definition, d.alsoKnownAs, t(lang, 'ordbok.title'))];
    }
    case 'FAQPage':
      return [questionPageNode(p, e.data.ingress)];
    case 'CollectionPage':
    case 'AboutPage':
      return [listPageNode(type, p)];
  }
}

function guidelineData(p: PageFacts, g: Entry<'guidelines'>): Thing[] {
  const replaced = g.data.status === 'erstattet' ? `${t(p.lang, 'replaced.heading')}.` : undefined;
  return [articleNode('Article', p, collectionLabel(p.lang, 'guidelines')), guidelineNode(p, g.data, replaced)];
}

async function chapterData(p: PageFacts, c: Entry<'chapters'>): Promise<Thing[]> {
  const guideline = await byId('guidelines', c.data.guideline);
  const recommendations = (bodyFormatOf(c.filePath) === 'mdx' ? recommendationsIn(c.body ?? '') : []).map((r) => ({
    number: r.nummer,
    // «bør: sterk anbefaling», in the chapter's written standard, as the page explains it.
    strength: r.styrke ? `${label(p.lang, 'strength', r.styrke)}: ${label(p.lang, 'strengthNote', r.styrke)}` : undefined,
    text: r.tekst,
  }));
  return chapterNodes(p, pathFor('guidelines', guideline.id), guideline.data.title, recommendations);
}
