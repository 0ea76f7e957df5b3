import { z } from 'astro/zod';
import { baseFields, dateSchema, idSchema } from './common.ts';
import { arenas, practiceStatuses, targetGroups } from './vocabulary.ts';

/** A year, or a year and month, such as «2016» or «2016-04». */
const periodPoint = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Skriv årstall (2016) eller år og måned (2016-04).');

/** A practice example: what a municipality did, with whom, and what came of it. */
export const practiceSchema = z.object({
  ...baseFields,
  /**
   * Municipality names as in SSB's list (src/data/kommuner-2026.json). A municipality that has
   * since merged may be named by its old name (src/data/tidligere-kommuner.json). Where two share
   * a name, add the county: «Herøy (Nordland)».
   */
  municipalities: z.array(z.string().min(2)).min(1, 'Oppgi minst én kommune.'),
  /** When the work started and, if it has, when it ended. */
  period: z.object({
    /** Start, as a year or year-month. */
    from: periodPoint,
    /** End, as a year or year-month; leave out while it goes on. */
    to: periodPoint.optional(),
  }),
  /** Whether the work is planned, ongoing or finished. */
  status: z.enum(practiceStatuses),
  /** The challenge or need the work answered, in one or two sentences. */
  challenge: z.string().min(20),
  /** Tool and method ids (content/verktoy/) that were used. */
  methods: z.array(idSchema).default([]),
  /** Who the work was aimed at. */
  targetGroups: z.array(z.enum(targetGroups)).min(1, 'Oppgi minst én målgruppe.'),
  /** Where the work took place. */
  arenas: z.array(z.enum(arenas)).default([]),
  /** How the work was or will be evaluated; say so plainly if it was not. */
  evaluation: z.string().optional(),
  /** What came of it, as documented by the sources; leave out rather than guess. */
  results: z.string().optional(),
  /** Organisation ids (content/organisasjoner/) that took part. */
  partners: z.array(idSchema).default([]),
  /** Organisation id to contact about the example (never a private person). */
  contact: idSchema,
  /** When the example was first published here. */
  published: dateSchema.optional(),
});

export type PracticeData = z.infer<typeof practiceSchema>;
