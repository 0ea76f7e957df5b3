import { z } from 'astro/zod';
import { baseFields, idSchema } from './common.ts';

/** A glossary entry: a term, a one-sentence definition and an explanation in the body. */
export const glossarySchema = z.object({
  ...baseFields,
  /** The term as it is written, with capital letters where they belong. */
  term: z.string().min(2),
  /** One sentence that defines the term. */
  definition: z.string().min(10).max(300),
  /** Other forms: abbreviations, the other written standard, English. */
  alsoKnownAs: z.array(z.string()).default([]),
  /** Ids of related glossary entries. */
  related: z.array(idSchema).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
