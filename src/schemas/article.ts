import { z } from 'astro/zod';
import { baseFields, dateSchema, idSchema, urlSchema, vocabEnum } from './common.ts';
import { articleKinds, arenas, audiences } from './vocabulary.ts';

/** An author with role and organisation, as the old sites credited them. */
export const authorSchema = z.object({
  /** The author's name as printed with the article. */
  name: z.string().min(2),
  /** The author's role, for example «rådgiver» or «professor». */
  role: z.string().optional(),
  /** The organisation the author wrote from. */
  organisation: z.string().optional(),
});

/** Articles of every kind: professional articles, op-eds, book reviews, knowledge summaries and topic articles. */
export const articleSchema = z.object({
  ...baseFields,
  /** What kind of article this is. */
  kind: vocabEnum(articleKinds),
  /** The people who wrote it; leave out for editorial texts. */
  authors: z.array(authorSchema).default([]),
  /** Organisation id (content/organisasjoner/) responsible for an editorial text. */
  organisation: idSchema.optional(),
  /** When it was first published on this site or its predecessors. */
  published: dateSchema,
  /** Professionals the article is written for. */
  audiences: z.array(vocabEnum(audiences)).default([]),
  /** Arenas the article concerns. */
  arenas: z.array(vocabEnum(arenas)).default([]),
  /** Where the article first appeared, for example the journal Rusfag. */
  firstPublishedIn: z.string().optional(),
  /** A downloadable version, if one exists. */
  download: z.object({ title: z.string(), url: urlSchema }).optional(),
  /** Tool ids the article discusses. */
  tools: z.array(idSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
