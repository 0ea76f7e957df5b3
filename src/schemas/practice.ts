import { z } from 'astro/zod';
import { baseFields, dateSchema, idSchema, vocabEnum } from './common.ts';
import { arenas, practiceStatuses, targetGroups } from './vocabulary.ts';
import { imageFieldSchema, imagePathSchema } from './image.ts';

/**
 * A year, or a year and month, such as «2016» or «2016-04». A year written without quotes is a
 * number in YAML; it means the same to the editor, so it is read as the year.
 */
const periodPoint = z
  .preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    z.string({ message: 'Skriv årstall (2016) eller år og måned (2016-04).' }).regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Skriv årstall (2016) eller år og måned (2016-04).'),
  )
  .meta({ type: ['string', 'integer'], pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' });

/**
 * A practice example: what a municipality did, with whom, and what came of it. A factory because
 * the image field's `src` is Astro's image() in the build and a plain path in the content check.
 */
export const makePracticeSchema = <ImageSource extends z.ZodType>(imageSource: ImageSource) => z
  .object({
  ...baseFields,
  /**
   * Municipality names as in SSB's list (src/data/kommuner-2026.json). A municipality that has
   * since merged may be named by its old name (src/data/tidligere-kommuner.json). Where two share
   * a name, add the county: «Herøy (Nordland)».
   */
  municipalities: z.array(z.string().min(2)).default([]),
  /**
   * Counties, for work done across a whole county (for example a county-wide survey in upper
   * secondary schools). Names as in SSB's list. Give municipalities, counties or both.
   */
  counties: z.array(z.string().min(2)).default([]),
  /** When the work started and, if it has, when it ended. */
  period: z.object({
    /** Start, as a year or year-month. */
    from: periodPoint,
    /** End, as a year or year-month; leave out while it goes on. */
    to: periodPoint.optional(),
  }),
  /** Whether the work is planned, ongoing or finished. */
  status: vocabEnum(practiceStatuses),
  /** The challenge or need the work answered, in one or two sentences. */
  challenge: z.string().min(20),
  /** Tool and method ids (content/verktoy/) that were used. */
  methods: z.array(idSchema).default([]),
  /** Who the work was aimed at. */
  targetGroups: z.array(vocabEnum(targetGroups)).min(1, 'Oppgi minst én målgruppe.'),
  /** Where the work took place. */
  arenas: z.array(vocabEnum(arenas)).default([]),
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
  /** An image from the work (a diagram, a photo without people who have not agreed), with alternative text. */
  image: imageFieldSchema(imageSource).optional(),
  })
  .refine((p) => p.municipalities.length > 0 || p.counties.length > 0, {
    message: 'Oppgi minst én kommune (municipalities) eller ett fylke (counties).',
    path: ['municipalities'],
  });

/** The practice schema with `image.src` as a plain path: for the content check and the JSON Schemas. */
export const practiceSchema = makePracticeSchema(imagePathSchema);

export type PracticeData = z.infer<typeof practiceSchema>;
