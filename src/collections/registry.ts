/**
 * The collection registry: one row per content collection, and the only place that lists them.
 * Everything that needs to know the collections derives from this table: the Astro content
 * config (src/content.config.ts), the id types, addresses (paths.ts), reference checks
 * (references.ts), hub sections and the list of page-like entries (content.ts), live paths for
 * old addresses (src/legacy/live.ts), the scaffolder (src/scaffold/) and the JSON Schemas
 * (src/check/json-schemas.ts). docs/architecture.md says how to add a collection.
 *
 * The module runs both in the build and in plain Node (`npm run check`, `npm run ny`), so it
 * imports nothing from Astro's virtual modules.
 */
import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import type { Language } from '../schemas/vocabulary.ts';
import type { UiKey } from '../i18n/index.ts';
import { articleSchema } from '../schemas/article.ts';
import { makePracticeSchema, practiceSchema } from '../schemas/practice.ts';
import { chapterSchema, guidelineSchema } from '../schemas/guideline.ts';
import { planGuideSchema, planStepSchema, questionSchema } from '../schemas/plan.ts';
import { toolSchema } from '../schemas/tool.ts';
import { topicSchema } from '../schemas/topic.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { eventSchema, grantSchema, newsSchema } from '../schemas/news.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { pageSchema } from '../schemas/page.ts';

/** The endings a body file can have: plain Markdown, or MDX for bodies with components. */
export const bodyFormats = ['md', 'mdx'] as const;
export type BodyFormat = (typeof bodyFormats)[number];
/** Files directly in the folder, or one folder down (a guideline's chapters). */
export type BodyPattern = `${'*' | '*/*'}.{md,mdx}`;

/** The groups a topic hub shows, in order; each heading is the UI string `tema.section.<group>`. */
export const hubSections = ['guidelines', 'plan', 'tools', 'practice', 'articles', 'glossary', 'news'] as const;
export type HubSection = (typeof hubSections)[number];

/** UI-string prefixes with both a `.title` and a `.lead`: the heading and lead of a list page. */
export type ListText = { [K in UiKey]: K extends `${infer P}.title` ? (`${P}.lead` extends UiKey ? P : never) : never }[UiKey];

/** What a sort function sees of an entry. */
export interface Item<Data> {
  id: string;
  data: Data;
}

export interface CollectionRow<S extends z.ZodType = z.ZodType> {
  /** The Zod schema the content check, the build and the JSON Schemas use. */
  schema: S;
  /**
   * The schema for the build when it needs Astro's helpers (image() makes sharp resize images);
   * it must accept what `schema` accepts. Leave out when `schema` will do.
   */
  buildSchema?: (context: SchemaContext) => z.ZodType;
  /** Folder under content/. */
  folder: string;
  /**
   * Glob of the collection's files inside the folder. A collection with a body reads both
   * Markdown (.md) and MDX (.mdx), so a file keeps working whichever ending it has.
   */
  pattern: BodyPattern | '*.yaml';
  /**
   * The ending new entries get (`npm run ny`, the form at /admin/), for collections with a body.
   * `md` for bodies of text, links, images and tables: the content layer renders them once and
   * caches the HTML. `mdx` where the site's components belong (<Anbefaling> in guideline
   * chapters): each MDX file becomes a module the build compiles and bundles, which costs time
   * and memory (docs/performance.md). The content check tells an editor who uses a component in
   * an .md file to rename it.
   */
  body?: BodyFormat;
  /**
   * Address of an entry: `{id}` is the id, `{parent}` and `{leaf}` its two parts for files one
   * folder down. Leave out for collections without pages of their own (organisations).
   */
  address?: `/${string}/`;
  /** Entries whose address does not follow the template (the early-intervention hub's text). */
  addressOf?: Record<string, `/${string}/`>;
  /**
   * The entries' pages have a template of their own in src/pages (for what the detail layout
   * does not show: a table of contents, an image). Without it, src/pages/[...entry].astro serves
   * them with the detail layout alone.
   */
  ownTemplate?: true;
  /** The list page the entries belong to (breadcrumbs) and the i18n prefix of its title and lead. */
  listPage?: { path: `/${string}/`; text: ListText };
  /** What an entry is called, singular and plural, in both written standards. */
  label: Record<Language, { one: string; many: string }>;
  /** The order of the collection's lists. */
  sort: (a: Item<z.output<S>>, b: Item<z.output<S>>) => number;
  /**
   * Page-like entries (title, ingress, lang, topics, updated) that appear in mixed lists (topic
   * hubs, related content): the date such lists show. Leave out for the rest.
   */
  listingDate?: (data: z.output<S>) => Date;
  /** Fields holding ids of entries in another collection («a.b» for nested fields) → that collection. */
  references: Record<string, string>;
  /** The topic hubs' section the entries appear in. */
  hub?: HubSection;
  /** Detail pages go into the search index, with the singular label as their type filter. */
  search: boolean;
  /** Detail pages are listed in sitemap-index.xml. */
  sitemap: boolean;
  /** When an old address may go to any live page with its slug as id: lower ranks are tried first. */
  oldAddressRank?: number;
  /**
   * Editors create and edit the entries in the form at /admin/ (src/cms/); the number is the
   * collection's place in the form's list. Leave out for collections kept in files (guidelines
   * and plan guides, whose structure the form cannot hold; docs/editor-setup.md).
   */
  form?: number;
  /** The collection has a feed of its own, at its list page + rss.xml (/aktuelt/rss.xml). */
  feed?: boolean;
  /** The schema.org type its detail pages are described as (src/publishing/structured-data/). */
  structuredData?: StructuredDataType;
}

/**
 * The schema.org types detail pages are described as. «MedicalGuideline» gives a guideline page
 * a MedicalGuideline and a chapter page a MedicalWebPage about it with its recommendations.
 */
export type StructuredDataType =
  | 'Article' | 'NewsArticle' | 'MedicalGuideline' | 'Event' | 'GovernmentService' | 'DefinedTerm' | 'FAQPage' | 'CollectionPage' | 'AboutPage';

/** A row with its sort function typed by its own schema; keeps which optional fields the row has. */
const row = <S extends z.ZodType, R extends CollectionRow<S>>(r: R & { schema: S }): R => r;

const byTitle = (a: Item<{ title: string }>, b: Item<{ title: string }>) => a.data.title.localeCompare(b.data.title, 'nb');
const byOrder = (a: Item<{ order: number }>, b: Item<{ order: number }>) => a.data.order - b.data.order;
const newest = <D>(date: (d: D) => Date) => (a: Item<D>, b: Item<D>) => date(b.data).getTime() - date(a.data).getTime();
const updated = (d: { updated: Date }) => d.updated;
const topics = { topics: 'topics' } as const;

/**
 * The rows, in the order mixed lists (topic hubs, related content) take page-like entries: ties in
 * «related content» keep this order.
 */
export const registry = {
  guidelines: row({
    schema: guidelineSchema, folder: 'veiledere', pattern: '*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/veiledere/{id}/', listPage: { path: '/veiledere/', text: 'veiledere' },
    label: { nb: { one: 'Veileder', many: 'Veiledere' }, nn: { one: 'Rettleiar', many: 'Rettleiarar' } },
    // Replaced guidelines last: a reader looking for guidance should meet the current one first.
    sort: (a, b) => Number(a.data.status === 'erstattet') - Number(b.data.status === 'erstattet') || byTitle(a, b),
    listingDate: updated, references: { ...topics, 'replacedBy.id': 'guidelines' },
    hub: 'guidelines', search: true, sitemap: true, oldAddressRank: 2, structuredData: 'MedicalGuideline',
  }),
  chapters: row({
    schema: chapterSchema, folder: 'veiledere', pattern: '*/*.{md,mdx}', body: 'mdx',
    ownTemplate: true, address: '/veiledere/{parent}/{leaf}/', listPage: { path: '/veiledere/', text: 'veiledere' },
    label: { nb: { one: 'Veilederkapittel', many: 'Veilederkapitler' }, nn: { one: 'Rettleiarkapittel', many: 'Rettleiarkapittel' } },
    sort: byOrder, listingDate: updated, references: { ...topics, guideline: 'guidelines' },
    hub: 'guidelines', search: true, sitemap: true, oldAddressRank: 9, structuredData: 'MedicalGuideline',
  }),
  planGuides: row({
    schema: planGuideSchema, folder: 'planlegging', pattern: '*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/planlegging/{id}/', listPage: { path: '/planlegging/', text: 'planlegging' },
    label: { nb: { one: 'Planveileder', many: 'Planveiledere' }, nn: { one: 'Planrettleiar', many: 'Planrettleiarar' } },
    sort: byOrder, listingDate: updated, references: topics,
    hub: 'plan', search: true, sitemap: true, oldAddressRank: 3, structuredData: 'Article',
  }),
  planSteps: row({
    schema: planStepSchema, folder: 'planlegging', pattern: '*/*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/planlegging/{parent}/{leaf}/', listPage: { path: '/planlegging/', text: 'planlegging' },
    label: { nb: { one: 'Plansteg', many: 'Plansteg' }, nn: { one: 'Plansteg', many: 'Plansteg' } },
    sort: byOrder, listingDate: updated, references: { ...topics, guide: 'planGuides' },
    hub: 'plan', search: true, sitemap: true, oldAddressRank: 10, structuredData: 'Article',
  }),
  questions: row({
    schema: questionSchema, folder: 'sporsmal-og-svar', pattern: '*.{md,mdx}', body: 'md',
    address: '/planlegging/sporsmal-og-svar/{id}/', listPage: { path: '/planlegging/sporsmal-og-svar/', text: 'qa' },
    label: { nb: { one: 'Spørsmål og svar', many: 'Spørsmål og svar' }, nn: { one: 'Spørsmål og svar', many: 'Spørsmål og svar' } },
    sort: byTitle, listingDate: updated, references: { ...topics, 'basedOn.organisation': 'organisations', guides: 'planGuides' },
    hub: 'plan', search: true, sitemap: true, oldAddressRank: 6, structuredData: 'FAQPage',
  }),
  articles: row({
    schema: articleSchema, folder: 'artikler', pattern: '*.{md,mdx}', body: 'md',
    address: '/artikler/{id}/', listPage: { path: '/artikler/', text: 'artikler' },
    label: { nb: { one: 'Artikkel', many: 'Artikler' }, nn: { one: 'Artikkel', many: 'Artiklar' } },
    sort: newest((d: { published: Date }) => d.published), listingDate: (d) => d.published,
    references: { ...topics, organisation: 'organisations', tools: 'tools' },
    hub: 'articles', search: true, sitemap: true, oldAddressRank: 5, structuredData: 'Article', form: 2,
  }),
  practice: row({
    schema: practiceSchema,
    buildSchema: ({ image }) => makePracticeSchema(image()),
    folder: 'praksis', pattern: '*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/praksis/{id}/', listPage: { path: '/praksis/', text: 'praksis' },
    label: { nb: { one: 'Praksiseksempel', many: 'Praksiseksempler' }, nn: { one: 'Praksiseksempel', many: 'Praksiseksempel' } },
    sort: (a, b) => b.data.period.from.localeCompare(a.data.period.from) || byTitle(a, b),
    listingDate: updated, references: { ...topics, methods: 'tools', partners: 'organisations', contact: 'organisations' },
    hub: 'practice', search: true, sitemap: true, oldAddressRank: 7, feed: true, structuredData: 'Article', form: 1,
  }),
  tools: row({
    schema: toolSchema, folder: 'verktoy', pattern: '*.{md,mdx}', body: 'md',
    address: '/verktoy/{id}/', listPage: { path: '/verktoy/', text: 'verktoy' },
    label: { nb: { one: 'Verktøy og metode', many: 'Verktøy og metoder' }, nn: { one: 'Verktøy og metode', many: 'Verktøy og metodar' } },
    sort: byTitle, listingDate: updated, references: { ...topics, responsible: 'organisations' },
    hub: 'tools', search: true, sitemap: true, oldAddressRank: 4, structuredData: 'Article',
  }),
  glossary: row({
    schema: glossarySchema, folder: 'ordbok', pattern: '*.{md,mdx}', body: 'md',
    address: '/ordbok/{id}/', listPage: { path: '/ordbok/', text: 'ordbok' },
    label: { nb: { one: 'Ordbok', many: 'Ordbok' }, nn: { one: 'Ordbok', many: 'Ordbok' } },
    sort: (a, b) => a.data.term.localeCompare(b.data.term, 'nb'), listingDate: updated, references: { ...topics, related: 'glossary' },
    hub: 'glossary', search: true, sitemap: true, oldAddressRank: 8, structuredData: 'DefinedTerm',
  }),
  news: row({
    schema: newsSchema, folder: 'aktuelt', pattern: '*.{md,mdx}', body: 'md',
    address: '/aktuelt/{id}/', listPage: { path: '/aktuelt/', text: 'aktuelt' },
    label: { nb: { one: 'Aktuelt', many: 'Aktuelt' }, nn: { one: 'Aktuelt', many: 'Aktuelt' } },
    sort: newest((d: { published: Date }) => d.published), listingDate: (d) => d.published,
    references: { ...topics, organisations: 'organisations' },
    hub: 'news', search: true, sitemap: true, oldAddressRank: 11, feed: true, structuredData: 'NewsArticle', form: 3,
  }),
  events: row({
    schema: eventSchema, folder: 'arrangementer', pattern: '*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/arrangementer/{id}/', listPage: { path: '/arrangementer/', text: 'arrangementer' },
    label: { nb: { one: 'Arrangement', many: 'Arrangementer' }, nn: { one: 'Arrangement', many: 'Arrangement' } },
    sort: newest((d: { start: Date }) => d.start), listingDate: (d) => d.start,
    references: { ...topics, organisers: 'organisations' },
    hub: 'news', search: true, sitemap: true, oldAddressRank: 12, feed: true, structuredData: 'Event', form: 4,
  }),
  grants: row({
    schema: grantSchema, folder: 'tilskudd', pattern: '*.{md,mdx}', body: 'md',
    address: '/tilskudd/{id}/', listPage: { path: '/tilskudd/', text: 'tilskudd' },
    label: { nb: { one: 'Tilskudd', many: 'Tilskudd' }, nn: { one: 'Tilskot', many: 'Tilskot' } },
    sort: newest((d: { published: Date }) => d.published), listingDate: (d) => d.published,
    references: { ...topics, responsible: 'organisations' },
    hub: 'news', search: true, sitemap: true, oldAddressRank: 13, feed: true, structuredData: 'GovernmentService', form: 5,
  }),
  topics: row({
    schema: topicSchema, folder: 'tema', pattern: '*.yaml',
    ownTemplate: true, address: '/tema/{id}/', listPage: { path: '/tema/', text: 'tema' },
    label: { nb: { one: 'Tema', many: 'Tema' }, nn: { one: 'Tema', many: 'Tema' } },
    sort: byOrder, references: {}, search: false, sitemap: true, oldAddressRank: 1, structuredData: 'CollectionPage',
  }),
  organisations: row({
    schema: organisationSchema, folder: 'organisasjoner', pattern: '*.yaml',
    label: { nb: { one: 'Organisasjon', many: 'Organisasjoner' }, nn: { one: 'Organisasjon', many: 'Organisasjonar' } },
    // The order the files are read in: organisations are only looked up, never listed.
    sort: () => 0, references: {}, search: false, sitemap: false,
  }),
  pages: row({
    schema: pageSchema, folder: 'sider', pattern: '*.{md,mdx}', body: 'md',
    ownTemplate: true, address: '/om/{id}/', addressOf: { 'tidlig-intervensjon': '/tidlig-intervensjon/' }, listPage: { path: '/om/', text: 'om' },
    label: { nb: { one: 'Side', many: 'Sider' }, nn: { one: 'Side', many: 'Sider' } },
    sort: byOrder, references: {}, search: false, sitemap: true, oldAddressRank: 14, structuredData: 'AboutPage',
  }),
};

/** The name of a collection: a key of the registry. */
export type CollectionName = keyof typeof registry;
/** Every collection, in registry order. */
export const collectionNames = Object.keys(registry) as CollectionName[];
/** The registry as plain rows, for code that treats every collection alike. */
export const rowOf = (name: CollectionName): CollectionRow => registry[name] as unknown as CollectionRow;

/** Collections whose entries are page-like and appear in mixed lists. */
export type ListedName = { [K in CollectionName]: (typeof registry)[K] extends { listingDate: object } ? K : never }[CollectionName];
export const listedNames = collectionNames.filter((name) => rowOf(name).listingDate) as ListedName[];

/** What an entry of a collection is called: «Artikkel», «Artiklar». */
export const collectionLabel = (lang: Language, name: CollectionName, count: 'one' | 'many' = 'one'): string => rowOf(name).label[lang][count];
