import { z } from 'astro/zod';
import { baseFields, dateSchema, dateTimeSchema, idSchema, urlSchema, vocabEnum } from './common.ts';
import { eventKinds, targetGroups } from './vocabulary.ts';

/** A news item. */
export const newsSchema = z.object({
  ...baseFields,
  /** Publication date. */
  published: dateSchema,
  /** Organisation ids the news concerns. */
  organisations: z.array(idSchema).default([]),
});

/** A course, conference, dialogue meeting or gathering. */
export const eventSchema = z
  .object({
    ...baseFields,
    /** What kind of event. */
    kind: vocabEnum(eventKinds),
    /** When it starts (YYYY-MM-DD or YYYY-MM-DDTHH:MM, Norwegian time). */
    start: dateTimeSchema,
    /** When it ends; leave out for a one-day event with no set end. */
    end: dateTimeSchema.optional(),
    /** Where it takes place: venue and town, or «digitalt». */
    place: z.string().min(2),
    /** Organisation ids of the organisers. */
    organisers: z.array(idSchema).min(1, 'Oppgi minst én arrangør.'),
    /** Last day to register, if there is one. */
    registrationDeadline: dateSchema.optional(),
    /** Who the event is for, in a sentence. */
    audience: z.string().optional(),
    /** Where to register or read the programme. */
    url: urlSchema.optional(),
  })
  .refine((e) => !e.end || e.end >= e.start, { message: 'Slutt kan ikke være før start.', path: ['end'] });

/** A deadline in a grant scheme. */
export const deadlineSchema = z.object({
  /** What the deadline is for, for example «Søknadsfrist». */
  label: z.string().min(3),
  /** The date (and time, if given). */
  date: dateTimeSchema,
});

/** A grant scheme municipalities can apply to. */
export const grantSchema = z.object({
  ...baseFields,
  /** Organisation id of the body that manages the scheme. */
  responsible: idSchema,
  /** Who may apply, in a sentence. */
  whoMayApply: z.string().min(5),
  /** Who the money is meant to benefit. */
  targetGroups: z.array(vocabEnum(targetGroups)).default([]),
  /** The scheme's deadlines; the scheme is shown as closed once the application deadline has passed. */
  deadlines: z.array(deadlineSchema).min(1),
  /** When the announcement was published. */
  published: dateSchema,
  /** Where to read the announcement and apply. */
  url: urlSchema.optional(),
});

export type EventData = z.infer<typeof eventSchema>;
export type GrantData = z.infer<typeof grantSchema>;
