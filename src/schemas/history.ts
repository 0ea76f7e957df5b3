import { z } from 'astro/zod';
import { dateSchema } from './common.ts';

/** One dated note in a document's change history. */
export const changeNoteSchema = z.object({
  /** When the change was made, YYYY-MM-DD. */
  date: dateSchema,
  /** What changed, in one or two sentences: only what actually happened, with no guesswork. */
  note: z.string().min(10, 'Skriv hva som ble endret, i en hel setning.').max(400, 'En endringsnotis kan ha høyst 400 tegn.'),
});

/**
 * Publication dates and change history for documents readers follow over time (guidelines and
 * plan guides). «Sist faglig endret» is the newest note's date, so the two can never disagree.
 */
export const historyFields = {
  /** When this site first published the document, YYYY-MM-DD. */
  firstPublished: dateSchema,
  /** Dated notes on changes in substance, in any order; the page shows the newest first. */
  history: z.array(changeNoteSchema).min(1, 'Skriv minst én endringsnotis: når dokumentet ble publisert her.'),
};

export type ChangeNote = z.infer<typeof changeNoteSchema>;
