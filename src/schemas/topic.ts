import { z } from 'astro/zod';

/** A text in both written standards. */
export const bilingualSchema = z.object({
  /** Bokmål. */
  nb: z.string().min(2),
  /** Nynorsk. */
  nn: z.string().min(2),
});

/** A topic that gathers everything on it in one hub (data in content/tema/<id>.yaml). */
export const topicSchema = z.object({
  /** The topic's name. */
  label: bilingualSchema,
  /** One or two sentences on what the topic covers. */
  description: bilingualSchema,
  /**
   * Other words for the topic (abbreviations, older terms, related methods). Pages tagged with the
   * topic are found by them; pages that only mention one of them are not (src/lib/search-info.ts).
   */
  synonyms: z.array(z.string()).default([]),
  /** Position in lists of topics. */
  order: z.number().int().default(100),
  /** Which written standard the hub page itself uses. */
  lang: z.enum(['nb', 'nn']).default('nb'),
});

export type TopicData = z.infer<typeof topicSchema>;
