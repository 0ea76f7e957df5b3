import { z } from 'astro/zod';
import { baseFields, dateSchema, idSchema, urlSchema, vocabEnum } from './common.ts';
import { guidelineStatuses } from './vocabulary.ts';
import { historyFields } from './history.ts';

/** The guidance that replaced a guideline. */
export const successorSchema = z.object({
  /** Title of the successor. */
  title: z.string().min(3),
  /** Its IS number, if it has one. */
  isNumber: z.string().regex(/^IS-\d+$/).optional(),
  /** Year it was published (or sent to consultation). */
  year: z.number().int().optional(),
  /** Its official address. */
  url: urlSchema.optional(),
  /** Id of the guideline entry on this site that presents it, if there is one. */
  id: idSchema.optional(),
  /** What state it is in, for example «på høring 2024». */
  note: z.string().optional(),
});

/** A national guideline or guide, presented chapter by chapter. */
export const guidelineSchema = z
  .object({
    ...baseFields,
    ...historyFields,
    /** A short name for menus and breadcrumbs. */
    shortTitle: z.string().optional(),
    /** Who published it, for example Helsedirektoratet. */
    publisher: z.string().min(2),
    /** Helsedirektoratet's IS number, for example IS-1742. */
    isNumber: z.string().regex(/^IS-\d+(\/\w+)?$/, 'IS-nummeret skrives som IS-1742.').optional(),
    /** Year of publication. */
    year: z.number().int().min(1950).max(2100),
    /** Whether it is in force or has been replaced. */
    status: vocabEnum(guidelineStatuses),
    /** When it was replaced, if it was. */
    replacedDate: dateSchema.optional(),
    /** What replaced it; required when status is «erstattet». */
    replacedBy: z.array(successorSchema).default([]),
    /** Official address of the guideline itself. */
    officialUrl: urlSchema.optional(),
    /** Date of the publisher's own last professional change, as the publisher states it. */
    lastProfessionalChange: dateSchema.optional(),
  })
  .refine((g) => g.status !== 'erstattet' || g.replacedBy.length > 0, {
    message: 'En erstattet veileder må si hva som erstattet den (replacedBy).',
    path: ['replacedBy'],
  });

/** One chapter of a guideline; its recommendations are written with the <Anbefaling> component. */
export const chapterSchema = z.object({
  ...baseFields,
  /** Id of the guideline (the file name in content/veiledere/ without .md or .mdx). */
  guideline: idSchema,
  /** Position of the chapter in the guideline, from 1. */
  order: z.number().int().min(1),
  /** The chapter number as the guideline prints it, if it has one. */
  chapterNumber: z.string().optional(),
});

export type GuidelineData = z.infer<typeof guidelineSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
