/**
 * Every collection's schema and where its files are, in one table. The Astro content config,
 * the content check and the scaffolder all read this, so they cannot drift apart.
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { practiceSchema } from './practice.ts';
import { chapterSchema, guidelineSchema } from './guideline.ts';
import { planGuideSchema, planStepSchema, questionSchema } from './plan.ts';
import { toolSchema } from './tool.ts';
import { topicSchema } from './topic.ts';
import { glossarySchema } from './glossary.ts';
import { eventSchema, grantSchema, newsSchema } from './news.ts';
import { organisationSchema } from './organisation.ts';
import { pageSchema } from './page.ts';

export interface CollectionSpec {
  /** Folder under content/. */
  folder: string;
  /** Glob of the collection's files inside the folder. */
  pattern: '*.mdx' | '*/*.mdx' | '*.yaml';
  schema: z.ZodType;
}

export const collectionSpecs = {
  articles: { folder: 'artikler', pattern: '*.mdx', schema: articleSchema },
  practice: { folder: 'praksis', pattern: '*.mdx', schema: practiceSchema },
  guidelines: { folder: 'veiledere', pattern: '*.mdx', schema: guidelineSchema },
  chapters: { folder: 'veiledere', pattern: '*/*.mdx', schema: chapterSchema },
  planGuides: { folder: 'planlegging', pattern: '*.mdx', schema: planGuideSchema },
  planSteps: { folder: 'planlegging', pattern: '*/*.mdx', schema: planStepSchema },
  questions: { folder: 'sporsmal-og-svar', pattern: '*.mdx', schema: questionSchema },
  tools: { folder: 'verktoy', pattern: '*.mdx', schema: toolSchema },
  topics: { folder: 'tema', pattern: '*.yaml', schema: topicSchema },
  glossary: { folder: 'ordbok', pattern: '*.mdx', schema: glossarySchema },
  news: { folder: 'aktuelt', pattern: '*.mdx', schema: newsSchema },
  events: { folder: 'arrangementer', pattern: '*.mdx', schema: eventSchema },
  grants: { folder: 'tilskudd', pattern: '*.mdx', schema: grantSchema },
  organisations: { folder: 'organisasjoner', pattern: '*.yaml', schema: organisationSchema },
  pages: { folder: 'sider', pattern: '*.mdx', schema: pageSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];
