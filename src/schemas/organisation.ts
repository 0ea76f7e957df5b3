import { z } from 'astro/zod';
import { urlSchema, vocabEnum } from './common.ts';
import { organisationKinds } from './vocabulary.ts';

/** An organisation: competence centre, directorate, county governor or user organisation. */
export const organisationSchema = z.object({
  /** Full name. */
  name: z.string().min(2),
  /** Short name or abbreviation, for example «KoRus Nord». */
  shortName: z.string().optional(),
  /** What kind of organisation. */
  kind: vocabEnum(organisationKinds),
  /** The region or counties it serves, if it is regional. */
  region: z.string().optional(),
  /** What it does, in one or two sentences (bokmål). */
  description: z.string().min(10),
  /** Its own website. */
  url: urlSchema.optional(),
  /** Former names, so old texts still find it. */
  formerNames: z.array(z.string()).default([]),
});

export type OrganisationData = z.infer<typeof organisationSchema>;
