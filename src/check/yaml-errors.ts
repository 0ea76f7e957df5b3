/**
 * The YAML parser's errors (BLOCK_AS_IMPLICIT_KEY, TAB_AS_INDENT …) said in plain Norwegian, with
 * what to do. The parser's code never reaches the editor. After an error the parser often reads
 * the rest of the file wrongly (a colon in a title swallows every field below it), so the data is
 * read again with the broken lines left out: the fields that were written correctly are still
 * checked, and the editor sees every problem in one run.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line inside the YAML text. */
  line: number | undefined;
  message: string;
}

/** The top-level field a line sets, if it sets one («title: …» → title). */
export const keyOfLine = (line: string): string | undefined => /^([A-Za-z][\w-]*)\s*:/.exec(line)?.[1];

function explain(error: YAMLError, lineText: string): string {
  const key = keyOfLine(lineText.trimStart());
  const value = key ? lineText.slice(lineText.indexOf(':') + 1).trim() : lineText.trim();
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'Linjen er rykket inn med tabulator. Bruk mellomrom, ikke tabulator (to mellomrom per nivå).';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (key && value.includes(':') && !/^["']/.test(value)) {
        return `Teksten har et kolon, og da tror YAML at det starter et nytt felt. Sett teksten i anførselstegn fordi den har kolon: ${key}: "${value.replace(/"/g, '\\"')}".`;
      }
      return 'Innrykket stemmer ikke: et felt står rykket inn under et felt som allerede har en verdi. Flytt feltet helt til venstre, eller rykk inn med to mellomrom under et felt uten verdi.';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return 'Et anførselstegn er ikke lukket. Avslutt teksten med det samme anførselstegnet som den startet med.';
      if (error.message.includes(']')) return 'En liste i hakeparentes er ikke lukket. Avslutt den med ] på samme linje: [tidlig-intervensjon, samhandling].';
      if (error.message.includes('}')) return 'En krøllparentes er ikke lukket. Avslutt med }.';
      return 'Et tegn mangler på linjen. Sjekk at anførselstegn og parenteser er lukket.';
    case 'BAD_INDENT':
      if (lineText.includes('[') && !lineText.includes(']')) return 'En liste i hakeparentes er ikke lukket. Avslutt den med ] på samme linje: [tidlig-intervensjon, samhandling].';
      return 'Innrykket stemmer ikke. Felter under et annet felt rykkes inn med to mellomrom, og alle på samme nivå like langt.';
    case 'DUPLICATE_KEY':
      return `Feltet ${key ? `«${key}» ` : ''}står to ganger. Slett det ene.`;
    case 'BAD_DQ_ESCAPE':
      return 'Teksten i anførselstegn har en omvendt skråstrek (\\) som ikke kan leses. Slett den, eller bruk enkle anførselstegn rundt teksten.';
    case 'BLOCK_IN_FLOW':
      return 'En liste i hakeparentes må stå på én linje: [barn, unge]. Eller skriv ett element per linje med bindestrek foran.';
    default:
      return 'Linjen kan ikke leses. Sjekk innrykk (mellomrom, ikke tabulator), at tekst med kolon står i anførselstegn, og at anførselstegn og hakeparenteser er lukket.';
  }
}

export interface ReadYaml {
  doc: ReturnType<typeof parseDocument>;
  counter: LineCounter;
  problems: YamlProblem[];
  /** Top-level fields on lines that had to be left out; their absence is not reported again. */
  brokenKeys: Set<string>;
  /** False when the text could not be read even without the broken lines. */
  clean: boolean;
}

/** Parses YAML; on errors, explains each and parses again without the broken lines (a few rounds at most). */
export function readYaml(text: string): ReadYaml {
  let lines = text.split('\n');
  const problems: YamlProblem[] = [];
  const brokenKeys = new Set<string>();
  const reported = new Set<number>();
  for (let round = 0; ; round++) {
    const counter = new LineCounter();
    const doc = parseDocument(lines.join('\n'), { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length === 0 || round === 5) {
      if (doc.errors.length > 0 && problems.length === 0) problems.push({ line: undefined, message: explain(doc.errors[0]!, '') });
      return { doc, counter, problems, brokenKeys, clean: doc.errors.length === 0 };
    }
    const broken = new Set<number>();
    for (const error of doc.errors) {
      let at = typeof error.pos?.[0] === 'number' ? counter.linePos(error.pos[0]).line : undefined;
      if (at === undefined) continue;
      // An unclosed [ is noticed on the next field's line; the mistake is on the line with the [.
      if (/\]/.test(error.message)) {
        for (let n = at; n >= 1; n--) {
          const line = lines[n - 1] ?? '';
          if (line.includes('[') && !line.includes(']')) {
            at = n;
            break;
          }
        }
      }
      // A problem inside an indented block belongs to the field the block starts with.
      let start = at;
      while (start > 1 && /^\s/.test(lines[start - 1] ?? '') && !keyOfLine(lines[start - 1]!)) start--;
      // One mistake often upsets the next line too (a tab, then normal indentation): say it once.
      const repeat = reported.has(at) || reported.has(at - 1);
      reported.add(at);
      if (!repeat) problems.push({ line: at, message: explain(error, lines[at - 1] ?? '') });
      for (let n = start; n <= at; n++) broken.add(n);
    }
    if (broken.size === 0) return { doc, counter, problems, brokenKeys, clean: false };
    for (const n of broken) {
      // The top-level field the broken line belongs to: its own, or the one its block is under.
      let top = n;
      while (top > 1 && /^\s/.test(lines[top - 1] ?? '')) top--;
      const key = keyOfLine(lines[top - 1] ?? '');
      if (key) brokenKeys.add(key);
      // Blank rather than delete, so line numbers stay the same.
      lines = lines.map((line, i) => (i === n - 1 ? '' : line));
      // Lines indented under a blanked field belong to it.
      for (let m = n + 1; m <= lines.length && /^\s+\S/.test(lines[m - 1] ?? ''); m++) lines[m - 1] = '';
    }
  }
}
