import { z } from 'astro/zod';
import { dateSchema, languageSchema } from './common.ts';

/** A standalone page: under /om/ (about, accessibility statement, privacy) or a hub's welcome text. */
export const pageSchema = z.object({
  /** Where the page belongs: «om» pages get /om/<id>/, «hub» pages are shown by their hub. */
  section: z.enum(['om', 'hub']).default('om'),
  /** The page's title. */
  title: z.string().min(3),
  /** The meta description and lead. */
  ingress: z.string().min(20),
  /** Written standard. */
  lang: languageSchema,
  /** When the page was last updated. */
  updated: dateSchema,
  /** Position in the /om/ list. */
  order: z.number().int().default(10),
});
