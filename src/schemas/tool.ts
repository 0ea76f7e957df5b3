import { z } from 'astro/zod';
import { baseFields, idSchema, urlSchema, vocabEnum } from './common.ts';
import { arenas, audiences, evidenceLevels, targetGroups, toolKinds } from './vocabulary.ts';

/** A link to where the tool or method is described by its owner. */
export const linkSchema = z.object({
  /** The link text. */
  title: z.string().min(3),
  /** The address. */
  url: urlSchema,
});

/** A tool, method or programme municipalities can use. */
export const toolSchema = z.object({
  ...baseFields,
  /** What kind of tool it is. */
  kind: vocabEnum(toolKinds),
  /** Abbreviations and other names it is known by (BTI, KOR, MI): search finds the tool by these. */
  abbreviations: z.array(z.string()).default([]),
  /** Organisation ids responsible for the tool. */
  responsible: z.array(idSchema).default([]),
  /** Professionals who use it. */
  audiences: z.array(vocabEnum(audiences)).default([]),
  /** Who it is aimed at. */
  targetGroups: z.array(vocabEnum(targetGroups)).default([]),
  /** Arenas it is used in. */
  arenas: z.array(vocabEnum(arenas)).default([]),
  /** How well its effect is documented, with a note on what the documentation is. */
  evidence: z.object({
    /** The level of documentation. */
    level: vocabEnum(evidenceLevels),
    /** What the documentation is, with reference to the sources. */
    note: z.string().optional(),
  }),
  /** Where to read more. */
  links: z.array(linkSchema).default([]),
});

export type ToolData = z.infer<typeof toolSchema>;
