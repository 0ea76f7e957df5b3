/**
 * The content collections, built from the one table in src/schemas/index.ts that the content
 * check (scripts/check-content.ts) and the scaffolder also use. Entries refer to each other by
 * id (plain strings); src/lib/references.ts checks that every id exists, so a dangling reference
 * fails the build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName } from './schemas/index.ts';
import { makePracticeSchema } from './schemas/practice.ts';

// Schema errors in the build read in Norwegian, like the content check's.
z.config(z.locales.no());

const loader = (name: CollectionName) => glob({ base: `./content/${collectionSpecs[name].folder}`, pattern: collectionSpecs[name].pattern });

// Written out one by one so that each collection keeps its own schema type for the pages.
export const collections = {
  articles: defineCollection({ loader: loader('articles'), schema: collectionSpecs.articles.schema }),
  // image() makes Astro resize the practice image with sharp; the check uses a plain path (src/schemas/image.ts).
  practice: defineCollection({ loader: loader('practice'), schema: ({ image }) => makePracticeSchema(image()) }),
  guidelines: defineCollection({ loader: loader('guidelines'), schema: collectionSpecs.guidelines.schema }),
  chapters: defineCollection({ loader: loader('chapters'), schema: collectionSpecs.chapters.schema }),
  planGuides: defineCollection({ loader: loader('planGuides'), schema: collectionSpecs.planGuides.schema }),
  planSteps: defineCollection({ loader: loader('planSteps'), schema: collectionSpecs.planSteps.schema }),
  questions: defineCollection({ loader: loader('questions'), schema: collectionSpecs.questions.schema }),
  tools: defineCollection({ loader: loader('tools'), schema: collectionSpecs.tools.schema }),
  topics: defineCollection({ loader: loader('topics'), schema: collectionSpecs.topics.schema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: collectionSpecs.glossary.schema }),
  news: defineCollection({ loader: loader('news'), schema: collectionSpecs.news.schema }),
  events: defineCollection({ loader: loader('events'), schema: collectionSpecs.events.schema }),
  grants: defineCollection({ loader: loader('grants'), schema: collectionSpecs.grants.schema }),
  organisations: defineCollection({ loader: loader('organisations'), schema: collectionSpecs.organisations.schema }),
  pages: defineCollection({ loader: loader('pages'), schema: collectionSpecs.pages.schema }),
};
