import { z } from 'astro/zod';
import { baseFields, dateSchema, idSchema, urlSchema } from './common.ts';

/** A legal provision a plan rests on. */
export const legalBasisSchema = z.object({
  /** The law, for example «alkoholloven». */
  law: z.string().min(3),
  /** The section, for example «§ 1-7d». */
  section: z.string().optional(),
  /** Lovdata address of the provision. */
  url: urlSchema.optional(),
});

/** A plan guide: a process in ordered steps. */
export const planGuideSchema = z.object({
  ...baseFields,
  /** Laws and sections the plan rests on. */
  legalBasis: z.array(legalBasisSchema).default([]),
  /** Position among the plan guides. */
  order: z.number().int().min(1).default(1),
});

/** One step of a plan guide. */
export const planStepSchema = z.object({
  ...baseFields,
  /** Id of the plan guide (the folder name in content/planlegging/). */
  guide: idSchema,
  /** Position of the step, from 1. */
  order: z.number().int().min(1),
  /** Things to have done before moving on, each a short sentence. */
  checklist: z.array(z.string().min(3)).default([]),
  /** Laws and sections this step rests on. */
  legalBasis: z.array(legalBasisSchema).default([]),
});

/**
 * The question and answer on an old site that a page is rewritten from. It is credited as a
 * source: the old site's organisation did not write the rewritten answer, so it is not an author.
 */
export const originalAnswerSchema = z.object({
  /** Where the original question and answer were published, for example «kommunetorget.no». */
  site: z.string().min(3),
  /** Organisation id of whoever ran that site or gave the original answer. */
  organisation: idSchema,
});

/** A question from a municipality and an answer, written or rewritten by the editors. */
export const questionSchema = z.object({
  ...baseFields,
  /** The original question and answer this page builds on, if it is rewritten from an old site. */
  basedOn: originalAnswerSchema.optional(),
  /** When the question was answered. */
  published: dateSchema.optional(),
  /** Plan guide ids the question belongs with. */
  guides: z.array(idSchema).default([]),
});

export type PlanGuideData = z.infer<typeof planGuideSchema>;
export type PlanStepData = z.infer<typeof planStepSchema>;
