/**
 * Adds a given number of synthetic pages to a content/ tree for the benchmark, each with the
 * ending its collection writes (src/collections/registry.ts: .md, and .mdx for guideline chapters,
 * whose bodies use <Anbefaling>). The mix of
 * collections follows what the real site will hold (mostly articles and practice examples), a
 * quarter of the pages are nynorsk, bodies are 300–900 words with headings, lists, links and, in
 * guideline chapters, <Anbefaling> blocks. Every id a page refers to (topics, organisations,
 * tools, guidelines, plan guides, glossary entries) is generated too, so the build's schema and
 * reference checks pass. The same size always gives the same corpus.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import kommuner from '../../src/data/kommuner-2026.json' with { type: 'json' };
import {
  arenas, articleKinds, audiences, eventKinds, evidenceLevels, organisationKinds, practiceStatuses, strengths, targetGroups, toolKinds,
} from '../../src/schemas/vocabulary.ts';
import { rowOf, type ListedName } from '../../src/collections/registry.ts';
import { pathFor } from '../../src/collections/paths.ts';
import { Text, slug, type Lang } from './text.ts';
import { documentShares } from './document-shares.ts';

/** The page-like collections the benchmark fills. */
type Kind = ListedName;

/** Share of the pages each collection gets; articles take what rounding leaves. */
const shares: Record<Exclude<Kind, 'articles'>, number> = {
  practice: 0.22,
  guidelines: 0.01,
  chapters: 0.08,
  planGuides: 0.005,
  planSteps: 0.04,
  questions: 0.06,
  tools: 0.05,
  glossary: 0.08,
  news: 0.08,
  events: 0.05,
  grants: 0.02,
};

interface Planned {
  kind: Kind;
  id: string;
  lang: Lang;
  href: string;
  /** Parent id for chapters and plan steps. */
  parent?: string;
  order?: number;
}

export interface CorpusSummary {
  /** Synthetic pages written (.md and .mdx). */
  pages: number;
  nynorsk: number;
  /** The real site's pages (.md and .mdx) the synthetic ones were added to. */
  realPages?: number;
  byCollection: Record<string, number>;
  words: number;
  /** Whether each page's words were drawn as the real pages' are (CorpusOptions.topical). */
  topical: boolean;
}

/** What generateCorpus returns: the summary for the report, and where the synthetic pages are. */
export interface GeneratedCorpus extends CorpusSummary {
  /**
   * The addresses of the synthetic pages and topics («/artikler/veilederen-a2921/»), so a
   * measurement can tell the real site's pages from them (scripts/bench/search-quality.ts).
   */
  syntheticPaths: string[];
}

const topicCount = 24;
const organisationCount = 40;
const municipalityNames = kommuner.kommuner.map((k) => k.navn);

/** «Bedre tverrfaglig innsats» → «BTI»: the first letter of up to four words. */
function initials(title: string): string {
  return (title.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4).map((w) => w[0]!.toUpperCase()).join('');
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface CorpusOptions {
  seed?: number;
  /**
   * Each page gets its own words, each on about as many pages as on the real site
   * (scripts/bench/document-shares.ts), instead of every page drawing from all the site's words:
   * pages that are about something, as an archive's are. Off by default; the default corpus is
   * the one the build's figures have been measured on since sak 17.
   */
  topical?: boolean;
}

export function generateCorpus(root: string, total: number, { seed = 20260101, topical = false }: CorpusOptions = {}): GeneratedCorpus {
  const contentDir = join(root, 'content');
  // The real pages' shares are read before any synthetic page is written.
  const x = new Text(seed + total, topical ? documentShares(contentDir) : undefined);
  const write = (path: string, text: string) => {
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const langOf = (i: number): Lang => (i % 4 === 3 ? 'nn' : 'nb');
  const date = (from = 2012, to = 2026) => {
    const start = Date.UTC(from, 0, 1);
    const end = Date.UTC(to, 5, 30);
    return new Date(start + Math.floor(x.random() * ((end - start) / 86_400_000)) * 86_400_000);
  };

  // Topics and organisations: YAML files every page refers to.
  const topics: string[] = [];
  while (topics.length < topicCount) topics.push(`${slug(x.contentWord('nb'))}-tema${topics.length}`);
  topics.forEach((id, i) => {
    // A topic's name in nynorsk is the same name in the other written standard («Folkehelse»,
    // «Rusforebygging»/«Rusførebygging»), and the search takes the two as one word. Two unrelated
    // titles made groups such as «planarbeidet»/«tallene», and every query with «planarbeidet» was
    // searched for «tallene» too (docs/performance.md, «Runde 29»). Without a dictionary from
    // bokmål to nynorsk, both are the bokmål title, as for most of the site's own topics. The
    // nynorsk title is still drawn, so the rest of the corpus stays as it was.
    const nb = x.title('nb', 1, 3);
    x.title('nn', 1, 3);
    const label = { nb, nn: nb };
    write(`${rowOf('topics').folder}/${id}.yaml`, stringify({
      label,
      description: { nb: x.sentences('nb', 2, 300), nn: x.sentences('nn', 2, 300) },
      synonyms: Array.from({ length: x.int(0, 6) }, () => x.contentWord('nb')),
      order: i + 1,
      lang: i % 4 === 3 ? 'nn' : 'nb',
    }));
  });
  const organisations = Array.from({ length: organisationCount }, (_, i) => `org-${slug(x.contentWord('nb'))}-${i}`);
  organisations.forEach((id) => {
    write(`${rowOf('organisations').folder}/${id}.yaml`, stringify({
      name: x.title('nb', 2, 5),
      shortName: x.contentWord('nb').slice(0, 8).toUpperCase(),
      kind: x.pick(organisationKinds),
      description: x.sentences('nb', 2, 300),
      url: `https://www.example.no/${id}`,
      formerNames: [],
    }));
  });

  // Plan every page first, so bodies and frontmatter can link to any of them.
  const counts = Object.fromEntries(Object.entries(shares).map(([k, share]) => [k, Math.max(1, Math.round(total * share))])) as Record<Kind, number>;
  counts.articles = total - Object.values(counts).reduce((a, b) => a + b, 0);
  const planned: Planned[] = [];
  let n = 0;
  const add = (kind: Kind, id: string, href: string, extra: Partial<Planned> = {}) => {
    const p = { kind, id, lang: langOf(n++), href, ...extra };
    planned.push(p);
    return p;
  };
  const ident = (prefix: string, i: number) => `${slug(x.contentWord('nb'))}-${prefix}${i}`;
  const guidelines = Array.from({ length: counts.guidelines }, (_, i) => add('guidelines', ident('v', i), ''));
  guidelines.forEach((g) => (g.href = pathFor('guidelines', g.id)));
  for (let i = 0; i < counts.chapters; i++) {
    const g = guidelines[i % guidelines.length]!;
    const leafId = ident('k', i);
    add('chapters', `${g.id}/${leafId}`, pathFor('chapters', `${g.id}/${leafId}`), { parent: g.id, order: Math.floor(i / guidelines.length) + 1 });
  }
  const guides = Array.from({ length: counts.planGuides }, (_, i) => add('planGuides', ident('p', i), ''));
  guides.forEach((g) => (g.href = pathFor('planGuides', g.id)));
  for (let i = 0; i < counts.planSteps; i++) {
    const g = guides[i % guides.length]!;
    const leafId = ident('s', i);
    add('planSteps', `${g.id}/${leafId}`, pathFor('planSteps', `${g.id}/${leafId}`), { parent: g.id, order: Math.floor(i / guides.length) + 1 });
  }
  const simple: [Kind, string][] = [
    ['questions', 'q'], ['tools', 't'], ['glossary', 'o'], ['news', 'n'], ['events', 'e'], ['grants', 'g'], ['practice', 'x'], ['articles', 'a'],
  ];
  for (const [kind, prefix] of simple) {
    for (let i = 0; i < counts[kind]; i++) {
      const id = ident(prefix, i);
      add(kind, id, pathFor(kind, id));
    }
  }
  const ofKind = (kind: Kind) => planned.filter((p) => p.kind === kind).map((p) => p.id);
  const tools = ofKind('tools');
  const glossary = ofKind('glossary');
  const guideIds = guides.map((g) => g.id);

  let wordTotal = 0;
  const body = (lang: Lang, p: Planned): string => {
    const parts: string[] = [];
    const sections = x.int(2, 5);
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${x.title(lang, 2, 6)}`);
      for (let k = x.int(1, 2); k > 0; k--) parts.push(x.paragraph(lang));
      if (x.chance(0.4)) parts.push(Array.from({ length: x.int(3, 5) }, () => `- ${x.sentence(lang, 5, 12)}`).join('\n'));
      if (x.chance(0.3)) parts.push(`### ${x.title(lang, 2, 5)}`, x.paragraph(lang));
      if (p.kind === 'chapters' && s === 1) {
        const nummer = `${p.order}.${s}`;
        parts.push(
          `<Anbefaling nummer="${nummer}" styrke="${x.pick(strengths)}" lang="${lang}" tekst="${x.sentence(lang, 10, 18)}">`,
          `<Praktisk lang="${lang}">`, x.paragraph(lang), `</Praktisk>`,
          `<Begrunnelse lang="${lang}">`, x.paragraph(lang), `</Begrunnelse>`,
          `</Anbefaling>`,
        );
      }
    }
    // Two or three links to other pages and a topic hub, as editors write them.
    const links = Array.from({ length: x.int(1, 2) }, () => x.pick(planned)).filter((q) => q !== p);
    const linkText = links.map((q) => `[${x.title(lang, 2, 4).toLowerCase()}](${q.href})`).join(', ');
    parts.push(`${x.sentence(lang, 6, 10).slice(0, -1)}: ${linkText} og [${x.contentWord(lang)}](/tema/${x.pick(topics)}/).`);
    const text = parts.join('\n\n') + '\n';
    wordTotal += text.split(/\s+/).length;
    return text;
  };
  const sources = (lang: Lang) =>
    Array.from({ length: x.int(1, 4) }, () => ({
      title: x.title(lang, 3, 8),
      publisher: x.title('nb', 1, 3),
      year: x.int(2005, 2026),
      ...(x.chance(0.6) ? { url: `https://www.example.no/kilde/${x.int(1, 99999)}` } : {}),
      ...(x.chance(0.3) ? { note: x.sentence(lang, 6, 14) } : {}),
    }));
  const base = (p: Planned) => {
    const updated = date(2018);
    return {
      title: x.title(p.lang, 3, 9),
      ingress: x.sentences(p.lang, 2, 380),
      lang: p.lang,
      topics: x.some(topics, 1, 3),
      updated: iso(updated),
      sources: sources(p.lang),
      searchTerms: x.chance(0.5) ? Array.from({ length: x.int(1, 4) }, () => x.contentWord(p.lang)) : [],
    };
  };

  // Guidelines and plan guides carry a dated change history (src/schemas/history.ts).
  const changeHistory = (p: Planned) => {
    const first = date(2018);
    return {
      firstPublished: iso(first),
      history: [{ date: iso(first), note: x.sentences(p.lang, 1, 200) }, ...(x.chance(0.5) ? [{ date: iso(date(2022)), note: x.sentences(p.lang, 1, 200) }] : [])],
    };
  };

  const frontmatter: Record<Kind, (p: Planned) => Record<string, unknown>> = {
    articles: (p) => ({
      ...base(p),
      kind: x.pick(articleKinds),
      authors: Array.from({ length: x.int(0, 2) }, () => ({ name: x.title('nb', 2, 2), role: x.contentWord(p.lang), organisation: x.title('nb', 1, 3) })),
      ...(x.chance(0.3) ? { organisation: x.pick(organisations) } : {}),
      published: iso(date(2008, 2018)),
      audiences: x.some(audiences, 0, 3),
      arenas: x.some(arenas, 0, 2),
      tools: x.some(tools, 0, 2),
    }),
    practice: (p) => ({
      ...base(p),
      municipalities: x.some(municipalityNames, 1, 3),
      period: { from: String(x.int(2010, 2024)), ...(x.chance(0.5) ? { to: String(x.int(2024, 2026)) } : {}) },
      status: x.pick(practiceStatuses),
      challenge: x.sentences(p.lang, 2, 300),
      methods: x.some(tools, 0, 2),
      targetGroups: x.some(targetGroups, 1, 3),
      arenas: x.some(arenas, 0, 2),
      ...(x.chance(0.6) ? { evaluation: x.sentences(p.lang, 2) } : {}),
      ...(x.chance(0.5) ? { results: x.sentences(p.lang, 2) } : {}),
      partners: x.some(organisations, 0, 3),
      contact: x.pick(organisations),
      published: iso(date(2016)),
    }),
    guidelines: (p) => ({
      ...base(p),
      shortTitle: x.title(p.lang, 2, 3),
      publisher: 'Helsedirektoratet',
      isNumber: `IS-${x.int(1000, 3200)}`,
      year: x.int(2005, 2025),
      status: 'gjeldende',
      officialUrl: `https://www.example.no/veileder/${p.id}`,
      ...changeHistory(p),
    }),
    chapters: (p) => ({ ...base(p), guideline: p.parent, order: p.order, chapterNumber: String(p.order) }),
    planGuides: (p) => ({
      ...base(p),
      legalBasis: [{ law: 'folkehelseloven', section: '§ 5', url: 'https://lovdata.no/lov/2011-06-24-29' }],
      order: guideIds.indexOf(p.id) + 1,
      ...changeHistory(p),
    }),
    planSteps: (p) => ({
      ...base(p),
      guide: p.parent,
      order: p.order,
      checklist: Array.from({ length: x.int(2, 5) }, () => x.sentence(p.lang, 4, 10)),
    }),
    questions: (p) => ({ ...base(p), basedOn: { site: 'kommunetorget.no', organisation: x.pick(organisations) }, published: iso(date(2014)), guides: x.some(guideIds, 0, 1) }),
    tools: (p) => {
      const b = base(p);
      return {
      ...b,
      kind: x.pick(toolKinds),
      // Like BTI, KOR and AAH: the initials of the name. (Four letters of a common word, as this
      // once was, made every «skol…» word look like an abbreviation and tested nothing real.)
      abbreviations: x.chance(0.5) ? [initials(b.title)] : [],
      responsible: x.some(organisations, 1, 2),
      audiences: x.some(audiences, 1, 3),
      targetGroups: x.some(targetGroups, 1, 2),
      arenas: x.some(arenas, 1, 2),
      evidence: { level: x.pick(evidenceLevels), note: x.sentence(p.lang) },
      links: [{ title: x.title(p.lang, 2, 4), url: `https://www.example.no/verktoy/${p.id}` }],
      };
    },
    glossary: (p) => {
      const b = base(p);
      const term = x.title(p.lang, 1, 2);
      const definition = x.sentences(p.lang, 1, 280);
      // The other name of a term, which the search takes as the same word. A glossary's other
      // names are the same concept in other words («vernefaktorar», «protective factors»); a word
      // drawn at random made groups such as «arbeidsplassen»/«tilbakemelding», and every query
      // with the one was searched for the other (docs/performance.md, «Runde 29»). The initials of
      // the term stand in for it, as for tools. The random word is still drawn, unused, so the
      // rest of the corpus stays as it was.
      const named = x.chance(0.4);
      if (named) x.contentWord(p.lang);
      return { ...b, term, definition, alsoKnownAs: named ? [initials(term)] : [], related: x.some(glossary, 0, 3).filter((g) => g !== p.id) };
    },
    news: (p) => ({ ...base(p), published: iso(date(2016)), organisations: x.some(organisations, 0, 2) }),
    events: (p) => {
      const start = date(2016, 2027);
      return {
        ...base(p),
        kind: x.pick(eventKinds),
        start: `${iso(start)}T09:00`,
        end: `${iso(start)}T15:30`,
        place: x.title('nb', 1, 3),
        organisers: x.some(organisations, 1, 2),
        audience: x.sentence(p.lang, 6, 12),
        url: `https://www.example.no/arrangement/${p.id}`,
      };
    },
    grants: (p) => {
      const published = date(2016, 2026);
      return {
        ...base(p),
        responsible: x.pick(organisations),
        whoMayApply: x.sentence(p.lang, 6, 12),
        targetGroups: x.some(targetGroups, 1, 2),
        deadlines: [{ label: 'Søknadsfrist', date: iso(new Date(published.getTime() + 60 * 86_400_000)) }],
        published: iso(published),
        url: `https://www.example.no/tilskudd/${p.id}`,
      };
    },
  };

  const byCollection: Record<string, number> = {};
  for (const p of planned) {
    x.beginPage(p.lang);
    const data = frontmatter[p.kind](p);
    // As an editor's file would be: Markdown, MDX where the collection's bodies use components.
    const ext = rowOf(p.kind).body ?? 'md';
    write(`${rowOf(p.kind).folder}/${p.id}.${ext}`, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(p.lang, p)}`);
    x.endPage();
    byCollection[p.kind] = (byCollection[p.kind] ?? 0) + 1;
  }

  // The standalone pages the site expects, where the copied real content lacks them.
  const pages: [string, string, number][] = [['om-nettstedet', 'om', 1], ['tilgjengelighet', 'om', 2], ['personvern', 'om', 3], ['tidlig-intervensjon', 'hub', 1]];
  for (const [id, section, order] of pages) {
    const p: Planned = { kind: 'articles', id, lang: 'nb', href: '' };
    if (existsSync(join(contentDir, `sider/${id}.md`)) || existsSync(join(contentDir, `sider/${id}.mdx`))) continue; // The real site's own page stays.
    write(`sider/${id}.${rowOf('pages').body ?? 'md'}`, `---\n${stringify({ section, title: x.title('nb', 2, 5), ingress: x.sentences('nb', 2, 300), lang: 'nb', updated: '2026-01-15', order })}---\n\n${body('nb', p)}`);
  }

  const syntheticPaths = [...planned.map((p) => p.href), ...topics.map((id) => pathFor('topics', id))];
  return { pages: planned.length, nynorsk: planned.filter((p) => p.lang === 'nn').length, byCollection, words: wordTotal, topical, syntheticPaths };
}
