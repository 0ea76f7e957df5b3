import { z } from 'astro/zod';
import { strengths } from '../schemas/vocabulary.ts';

/**
 * Props of <Anbefaling>, parsed so that a wrong prop in an MDX file fails the build with a
 * readable message instead of rendering a broken recommendation.
 */
export const recommendationProps = z.object({
  /** The number the guideline gives it, for example «4.2.3»; leave out if it has none. */
  nummer: z.string().optional(),
  /** Strength, carried by the verb: skal, bør («bor») or kan. Leave out when the source does not say. */
  styrke: z.enum(strengths, { message: 'styrke må være «skal», «bor» eller «kan».' }).optional(),
  /** The recommendation as one full sentence. */
  tekst: z.string().min(10, 'tekst må være hele anbefalingen som én setning.'),
  /** Written standard of the surrounding chapter. */
  lang: z.enum(['nb', 'nn']).default('nb'),
});

/**
 * The anchor of a recommendation, «anbefaling-4-2-3» for number 4.2.3. It is built from the number
 * the guideline gives, so a link copied into a meeting note keeps working when the text around it
 * changes; a recommendation without a number falls back to the start of its sentence.
 */
export function recommendationId(nummer: string | undefined, tekst: string): string {
  const key = (nummer ?? tekst.slice(0, 40))
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `anbefaling-${key}`;
}

/** Props of <Praktisk> and <Begrunnelse>; `part` is set by the name the MDX uses (mdx-components.ts). */
export const recommendationPartProps = z.object({
  lang: z.enum(['nb', 'nn']).default('nb'),
  part: z.enum(['practical', 'rationale']),
});

/** Parses props and turns a failure into one readable sentence. */
export function parseProps<T extends z.ZodType>(schema: T, props: unknown, component: string): z.infer<T> {
  const result = schema.safeParse(props);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'props'}: ${i.message}`).join('; ');
    throw new Error(`<${component}> har feil: ${detail}`);
  }
  return result.data;
}
