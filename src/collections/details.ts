/**
 * What a detail page says about its entry besides the body, per collection: the line above the
 * title, the facts box, a status notice, and the search words and filters. The detail layout
 * (src/layouts/Detail.astro) asks this for every entry, so a collection whose page needs nothing
 * else has no page template of its own (src/pages/[...entry].astro serves it).
 */
import type { Fact } from '../components/Facts.astro';
import { amongIds, byId, byIds, practiceOrganisations, type Entry } from './content.ts';
import { countiesOfPractice, isArchived, isClosed, isPast } from './queries.ts';
import { countyPath, pathFor } from './paths.ts';
import type { ListedName } from './registry.ts';
import { lookupMunicipality } from '../lib/municipalities.ts';
import { formatDate, formatDateTime, label, t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabulary.ts';

export interface DetailParts {
  /** Instead of data.title / data.ingress (the glossary shows its term and definition). */
  title?: string;
  ingress?: string;
  /** The line above the title; the collection's name unless given. */
  kicker?: string;
  /** The last crumb, when it should be shorter than the title. */
  crumb?: string;
  facts?: Fact[];
  /** A status said before everything else: a past event, a closed grant, an archived news item; `more` follows in plain text. */
  notice?: { text: string; past: boolean; more?: string };
  /** Whether the intro shows the publication date next to the update. */
  showPublished?: boolean;
  /** Search words and filters besides the entry's own searchTerms and topics. */
  searchTerms?: string[];
  targetGroups?: string[];
  counties?: string[];
}

type Parts = { [K in ListedName]?: (entry: Entry<K>) => Promise<DetailParts> };

/** The laws a plan guide or step rests on, linked where the law has an address. */
const legalBasis = (lang: Language, list: { law: string; section?: string | undefined; url?: string | undefined }[]): Fact => ({
  term: t(lang, 'meta.legalBasis'),
  values: list.map((l) => {
    const text = [l.law, l.section].filter(Boolean).join(' ');
    return l.url ? { label: text, href: l.url } : text;
  }),
});

const organisationLink = (o: { data: { name: string; url?: string | undefined } }) => (o.data.url ? { label: o.data.name, href: o.data.url } : o.data.name);

const parts: Parts = {
  async guidelines({ data: d }) {
    return {
      crumb: d.shortTitle ?? d.title,
      searchTerms: [d.isNumber ?? '', d.shortTitle ?? ''],
      facts: [
        { term: t(d.lang, 'meta.publisher'), values: [d.publisher] },
        { term: t(d.lang, 'meta.isNumber'), values: d.isNumber ? [d.isNumber] : [] },
        { term: t(d.lang, 'meta.year'), values: [String(d.year)] },
        { term: t(d.lang, 'meta.guidelineStatus'), values: [label(d.lang, 'guidelineStatus', d.status)] },
        { term: t(d.lang, 'meta.lastChange'), values: d.lastProfessionalChange ? [formatDate(d.lang, d.lastProfessionalChange)] : [] },
        { term: t(d.lang, 'meta.official'), values: d.officialUrl ? [{ label: d.title, href: d.officialUrl }] : [] },
      ],
    };
  },
  async planGuides({ data: d }) {
    return { facts: [legalBasis(d.lang, d.legalBasis)] };
  },
  async planSteps({ data: d }) {
    const guide = await byId('planGuides', d.guide);
    return { facts: [legalBasis(d.lang, d.legalBasis)], searchTerms: [guide.data.title] };
  },
  async questions({ data: d }) {
    const [original] = await byIds('organisations', d.basedOn ? [d.basedOn.organisation] : []);
    const guides = await amongIds('planGuides', d.guides);
    return {
      facts: [
        { term: t(d.lang, 'meta.basedOn'), values: d.basedOn && original ? [t(d.lang, 'qa.basedOn', { site: d.basedOn.site, organisation: original.data.name })] : [] },
        { term: t(d.lang, 'meta.related'), values: guides.map((g) => ({ label: g.data.title, href: pathFor('planGuides', g.id) })) },
      ],
    };
  },
  async articles({ data: d }) {
    const tools = await byIds('tools', d.tools);
    return {
      kicker: label(d.lang, 'kind', d.kind),
      searchTerms: tools.flatMap((x) => x.data.abbreviations),
      facts: [
        { term: t(d.lang, 'meta.authors'), values: d.authors.map((a) => [a.name, a.role, a.organisation].filter(Boolean).join(', ')) },
        { term: t(d.lang, 'meta.firstPublishedIn'), values: d.firstPublishedIn ? [d.firstPublishedIn] : [] },
        { term: t(d.lang, 'meta.audiences'), values: d.audiences.map((a) => label(d.lang, 'audience', a)) },
        { term: t(d.lang, 'meta.methods'), values: tools.map((x) => ({ label: x.data.title, href: pathFor('tools', x.id) })) },
        { term: t(d.lang, 'meta.download'), values: d.download ? [{ label: d.download.title, href: d.download.url }] : [] },
      ],
    };
  },
  async practice(entry) {
    const d = entry.data;
    const lang = d.lang;
    const counties = countiesOfPractice(entry);
    const methods = await byIds('tools', d.methods);
    // Organisations, or a municipality named as one (src/lib/municipal-organisations.ts).
    const partners = await practiceOrganisations(d.partners);
    const [contact] = await practiceOrganisations([d.contact]);
    const municipalities = d.municipalities.map((name) => {
      const hit = lookupMunicipality(name);
      return hit.kind === 'former' ? `${hit.name} (${t(lang, 'meta.former', { now: hit.nowPartOf.map((m) => m.name).join(' og ') })})` : name;
    });
    const period = d.period.to && d.period.to !== d.period.from ? `${d.period.from}–${d.period.to}` : d.period.from;
    return {
      // A practice example is dated by its last update; the first publication says little to a reader.
      showPublished: false,
      targetGroups: d.targetGroups,
      counties,
      searchTerms: [...methods.flatMap((m) => m.data.abbreviations), ...d.municipalities],
      facts: [
        { term: t(lang, 'meta.municipalities'), values: municipalities },
        { term: t(lang, 'meta.county'), values: counties.map((c) => ({ label: c, href: countyPath(c) })) },
        { term: t(lang, 'meta.period'), values: [period] },
        { term: t(lang, 'meta.status'), values: [label(lang, 'status', d.status)] },
        { term: t(lang, 'meta.targetGroups'), values: d.targetGroups.map((g) => label(lang, 'target', g)) },
        { term: t(lang, 'meta.arenas'), values: d.arenas.map((a) => label(lang, 'arena', a)) },
        { term: t(lang, 'meta.methods'), values: methods.map((m) => ({ label: m.data.title, href: pathFor('tools', m.id) })) },
        { term: t(lang, 'meta.partners'), values: partners.map((o) => o.data.shortName ?? o.data.name) },
        { term: t(lang, 'meta.contact'), values: [organisationLink(contact!)] },
      ],
    };
  },
  async tools({ data: d }) {
    const responsible = await byIds('organisations', d.responsible);
    return {
      kicker: label(d.lang, 'toolKind', d.kind),
      targetGroups: d.targetGroups,
      searchTerms: d.abbreviations,
      facts: [
        { term: t(d.lang, 'meta.kind'), values: [label(d.lang, 'toolKind', d.kind)] },
        { term: t(d.lang, 'meta.abbreviations'), values: d.abbreviations },
        { term: t(d.lang, 'meta.responsible'), values: responsible.map(organisationLink) },
        { term: t(d.lang, 'meta.audiences'), values: d.audiences.map((a) => label(d.lang, 'audience', a)) },
        { term: t(d.lang, 'meta.targetGroups'), values: d.targetGroups.map((g) => label(d.lang, 'target', g)) },
        { term: t(d.lang, 'meta.arenas'), values: d.arenas.map((a) => label(d.lang, 'arena', a)) },
        { term: t(d.lang, 'meta.evidence'), values: [[label(d.lang, 'evidence', d.evidence.level), d.evidence.note].filter(Boolean).join('. ')] },
        { term: t(d.lang, 'meta.links'), values: d.links.map((l) => ({ label: l.title, href: l.url })) },
      ],
    };
  },
  async news(entry) {
    const d = entry.data;
    // An old news item stays true to its date, but says that it is not current.
    if (!isArchived(entry)) return {};
    return { notice: { text: t(d.lang, 'news.archived', { date: formatDate(d.lang, d.published) }), more: t(d.lang, 'news.archivedText'), past: true } };
  },
  async glossary({ data: d }) {
    const related = await amongIds('glossary', d.related);
    return {
      title: d.term,
      ingress: d.definition,
      searchTerms: d.alsoKnownAs,
      facts: [
        { term: t(d.lang, 'meta.alsoKnownAs'), values: d.alsoKnownAs },
        { term: t(d.lang, 'meta.related'), values: related.map((g) => ({ label: g.data.term, href: pathFor('glossary', g.id) })) },
      ],
    };
  },
  async events(entry) {
    const d = entry.data;
    const past = isPast(entry);
    const organisers = await byIds('organisations', d.organisers);
    const time = d.end ? `${formatDateTime(d.lang, d.start)} – ${formatDateTime(d.lang, d.end)}` : formatDateTime(d.lang, d.start);
    return {
      kicker: label(d.lang, 'eventKind', d.kind),
      notice: { text: t(d.lang, past ? 'event.past' : 'event.upcoming'), past },
      facts: [
        { term: t(d.lang, 'meta.time'), values: [time] },
        { term: t(d.lang, 'meta.place'), values: [d.place] },
        { term: t(d.lang, 'meta.organisers'), values: organisers.map((o) => o.data.name) },
        { term: t(d.lang, 'meta.audience'), values: d.audience ? [d.audience] : [] },
        { term: t(d.lang, 'meta.registrationDeadline'), values: d.registrationDeadline ? [formatDate(d.lang, d.registrationDeadline)] : [] },
        // A past event's registration page is gone or misleading.
        { term: t(d.lang, 'meta.links'), values: d.url && !past ? [{ label: d.url, href: d.url }] : [] },
      ],
    };
  },
  async grants(entry) {
    const d = entry.data;
    const closed = isClosed(entry);
    const responsible = await byId('organisations', d.responsible);
    return {
      notice: { text: t(d.lang, closed ? 'grant.closed' : 'grant.open'), past: closed },
      targetGroups: d.targetGroups,
      facts: [
        { term: t(d.lang, 'meta.responsible'), values: [responsible.data.name] },
        { term: t(d.lang, 'meta.whoMayApply'), values: [d.whoMayApply] },
        { term: t(d.lang, 'meta.targetGroups'), values: d.targetGroups.map((g) => label(d.lang, 'target', g)) },
        { term: t(d.lang, 'meta.deadlines'), values: d.deadlines.map((x) => `${x.label}: ${formatDateTime(d.lang, x.date)}`) },
        { term: t(d.lang, 'meta.links'), values: d.url ? [{ label: d.url, href: d.url }] : [] },
      ],
    };
  },
};

/** The parts of an entry's detail page; an empty set for collections that have none. */
export async function detailParts<K extends ListedName>(kind: K, entry: Entry<K>): Promise<DetailParts> {
  const build = parts[kind] as ((e: Entry<K>) => Promise<DetailParts>) | undefined;
  return build ? build(entry) : {};
}
