/**
 * `npm run ny`: makes a new content entry that passes `npm run check` except for the texts the
 * editor still has to write, which are marked «FYLL UT». Asks in Norwegian, or takes flags:
 *
 *   npm run ny -- praksis --tittel "Tidlig inn i Tromsø" --kommune Tromsø --tema tidlig-intervensjon \
 *     --status pagar --fra 2025 --kontakt korus-nord --ja
 *
 * `npm run ny -- --hjelp` lists every type and flag.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bodyFormats, rowOf } from '../src/collections/registry.ts';
import { pathFor } from '../src/collections/paths.ts';
import { slugify } from '../src/lib/slug.ts';
import { loadChoices, type Choices } from '../src/scaffold/choices.ts';
import { contentTypes, type ContentType, type Field } from '../src/scaffold/fields.ts';
import { parseAnswer } from '../src/scaffold/answers.ts';
import { composeData, composeFile, fileEnding, todayInNorway } from '../src/scaffold/compose.ts';
import { terminalAsker, type Asker } from '../src/scaffold/prompt.ts';
import { siteUrl } from '../src/publishing/site.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const allFlags = new Set(contentTypes.flatMap((t) => t.fields.map((f) => f.flag)));
const options = {
  ...Object.fromEntries([...allFlags].map((flag) => [flag, { type: 'string' as const, multiple: true }])),
  slug: { type: 'string' as const },
  rot: { type: 'string' as const },
  dato: { type: 'string' as const },
  ja: { type: 'boolean' as const, short: 'y' },
  hjelp: { type: 'boolean' as const, short: 'h' },
};

function usage(): string {
  const lines = [
    'Lag en ny side: npm run ny -- <type> [valg]',
    'Uten valg spør skriptet om alt. Med --ja spør det ikke, og felter du ikke har gitt, blir merket «FYLL UT».',
    '',
    'Felles valg: --slug <filnavn> (ellers lages det av tittelen), --ja (ikke spør), --hjelp.',
    'Valg som kan ha flere verdier, kan gjentas (--kommune Tromsø --kommune Balsfjord) eller skilles med komma.',
    '',
  ];
  for (const type of contentTypes) {
    lines.push(`${type.name}: ${type.label} (content/${rowOf(type.collection).folder}/)`);
    for (const field of type.fields) {
      const need = field.defaultValue ? `standard: ${field.defaultValue}` : field.missing === 'required' ? (field.alternative ? `påkrevd, eller --${type.fields.find((f) => f.key === field.alternative)?.flag}` : 'påkrevd') : field.missing === 'placeholder' ? 'ellers FYLL UT' : 'valgfritt';
      lines.push(`  --${field.flag.padEnd(14)} ${field.question} (${need})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The numbered list shown before a choice question. */
function listing(field: Field, choices: Choices): string | undefined {
  if (field.kind.type !== 'choice' && field.kind.type !== 'choices') return undefined;
  const list = choices[field.kind.list];
  if (list.length > 40) return undefined;
  return list.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.id}${o.label && o.label !== o.id ? ` (${o.label})` : ''}`).join('\n');
}

interface Outcome {
  answers: Map<string, unknown>;
  errors: string[];
  slug?: string;
}

/** Where the new file goes, with the ending its collection writes (md, or mdx for components). */
function target(root: string, type: ContentType, slug: string): { file: string; rel: string } {
  const folder = rowOf(type.collection).folder;
  const name = `${slug}.${fileEnding(type)}`;
  return { file: join(root, 'content', folder, name), rel: `content/${folder}/${name}` };
}

/** A file of the entry already there under either ending: the same id would be two pages. */
const taken = (root: string, type: ContentType, slug: string): string | undefined => {
  const folder = rowOf(type.collection).folder;
  return bodyFormats.map((ending) => `content/${folder}/${slug}.${ending}`).find((rel) => existsSync(join(root, rel)));
};

async function collect(type: ContentType, flags: Record<string, unknown>, choices: Choices, root: string, asker: Asker | undefined): Promise<Outcome> {
  const answers = new Map<string, unknown>();
  const errors: string[] = [];
  let slug: string | undefined;
  const requiredNow = new Set<string>();
  for (const field of type.fields) {
    const given = flags[field.flag] as string[] | undefined;
    let raw: string[] | undefined = given;
    const alternativeGiven = field.alternative !== undefined && (answers.has(field.alternative) || flags[type.fields.find((f) => f.key === field.alternative)!.flag] !== undefined);
    const required = (field.missing === 'required' && !alternativeGiven) || requiredNow.has(field.key);
    let shown = false;
    for (;;) {
      if (raw === undefined && asker) {
        // The list and help once; after a wrong answer the message says what is accepted.
        const list = shown ? undefined : listing(field, choices);
        if (list) asker.say(list);
        if (field.help && !shown) asker.say(`  ${field.help}`);
        shown = true;
        const suffix = field.defaultValue ? ` [${field.defaultValue}]` : required ? '' : field.missing === 'placeholder' ? ' (Enter: fyll ut senere)' : ' (Enter: hopp over)';
        const line = await asker.ask(`${field.question}${suffix}: `);
        if (line === undefined) throw new Error('Avbrutt: ingen flere svar.');
        raw = line === '' ? [] : [line];
      }
      if ((raw === undefined || raw.length === 0) && field.defaultValue) raw = [field.defaultValue];
      if (raw === undefined || raw.length === 0 || raw.every((r) => r.trim() === '')) {
        if (required) {
          const alt = field.alternative ? type.fields.find((f) => f.key === field.alternative) : undefined;
          if (alt && field.missing === 'required') {
            // Neither given yet: the alternative (counties for municipalities) becomes the required one.
            requiredNow.add(alt.key);
            break;
          }
          const message = `Mangler ${field.question.toLowerCase()}.`;
          if (!asker) {
            errors.push(`--${field.flag}: ${message}${alt ? ` Oppgi --${field.flag} eller --${alt.flag}.` : ''}`);
            break;
          }
          asker.say(`  ${message} Dette feltet må fylles ut.`);
          raw = undefined;
          continue;
        }
        break;
      }
      const parsed = parseAnswer(field, raw, choices);
      if (!parsed.ok) {
        if (!asker) {
          errors.push(`--${field.flag}: ${parsed.message}`);
          break;
        }
        asker.say(`  ${parsed.message}`);
        raw = undefined;
        continue;
      }
      if (parsed.note) (asker ?? { say: (t: string) => console.log(t) }).say(`  ${parsed.note}`);
      if (field.key === 'title') {
        const candidate = (flags.slug as string | undefined) ?? slugify(parsed.value as string);
        const existing = taken(root, type, candidate);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(candidate)) {
          errors.push(`--slug: «${candidate}» kan bare ha små bokstaver a–z, tall og bindestrek.`);
          break;
        }
        if (existing) {
          const message = `Det finnes allerede en fil med navnet ${existing}. Skriv en annen tittel, eller velg filnavn med --slug.`;
          if (!asker || flags.slug !== undefined) {
            errors.push(`--tittel: ${message}`);
            break;
          }
          asker.say(`  ${message}`);
          raw = undefined;
          continue;
        }
        slug = candidate;
        if (asker) asker.say(`  Filen får navnet ${target(root, type, candidate).rel}.`);
      }
      answers.set(field.key, parsed.value);
      break;
    }
  }
  return { answers, errors, ...(slug ? { slug } : {}) };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const flag = /'(-[^']+)'/.exec(text)?.[1];
    console.error(`${flag ? `Ukjent valg ${flag}.` : `Ugyldige valg: ${text}`} Skriv «npm run ny -- --hjelp» for å se alle valg.`);
    return 2;
  }
  const flags = parsed.values as Record<string, unknown>;
  if (flags.hjelp) {
    console.log(usage());
    return 0;
  }
  const root = flags.rot ? resolve(String(flags.rot)) : projectRoot;
  const interactive = !flags.ja;
  const asker = interactive ? terminalAsker() : undefined;
  try {
    let typeName = parsed.positionals[0];
    if (!typeName && asker) {
      asker.say('Hva vil du lage?');
      contentTypes.forEach((t, i) => asker.say(`  ${i + 1}. ${t.name} (${t.label})`));
      for (;;) {
        const answer = await asker.ask('Type [praksis]: ');
        if (answer === undefined) throw new Error('Avbrutt: ingen flere svar.');
        const chosen = answer === '' ? contentTypes[0] : (contentTypes[Number(answer) - 1] ?? contentTypes.find((t) => t.name === answer.toLowerCase()));
        if (chosen) {
          typeName = chosen.name;
          break;
        }
        asker.say(`  Ukjent type «${answer}». Velg ${contentTypes.map((t) => t.name).join(', ')}.`);
      }
    }
    const type = contentTypes.find((t) => t.name === typeName);
    if (!type) {
      console.error(`${typeName ? `Ukjent type «${typeName}».` : 'Oppgi hva du vil lage.'} Velg en av: ${contentTypes.map((t) => t.name).join(', ')}. Eksempel: npm run ny -- praksis`);
      return 2;
    }
    const foreign = Object.keys(flags).filter((flag) => allFlags.has(flag) && !type.fields.some((f) => f.flag === flag));
    if (foreign.length > 0) {
      console.error(`${foreign.map((f) => `--${f}`).join(', ')} gjelder ikke ${type.name}. Skriv «npm run ny -- --hjelp» for å se valgene.`);
      return 2;
    }
    const today = typeof flags.dato === 'string' ? flags.dato : todayInNorway();
    const { answers, errors, slug } = await collect(type, flags, loadChoices(root), root, asker);
    if (errors.length > 0 || !slug) {
      console.error(`Fant ikke alt som trengs for å lage filen:\n${errors.map((e) => `  ${e}`).join('\n')}`);
      return 1;
    }
    const data = composeData(type, answers, today);
    const text = composeFile(type, data);
    const { file, rel } = target(root, type, slug);
    if (asker) {
      asker.say(`\nDette blir skrevet til ${rel}:\n\n${text}`);
      const ok = await asker.ask('Lagre filen? [J/n]: ');
      if (ok === undefined || /^n/i.test(ok)) {
        asker.say('Ingen fil ble laget.');
        return 1;
      }
    }
    mkdirSync(join(file, '..'), { recursive: true });
    // «wx» refuses to overwrite, even if a file with the name appeared while we asked.
    writeFileSync(file, text, { flag: 'wx' });
    const address = pathFor(type.collection, slug);
    const left = (text.match(/FYLL UT/g) ?? []).length;
    console.log(
      [
        `Laget ${rel}`,
        `Adresse: ${address} (${siteUrl}${address} når den er publisert)`,
        '',
        'Neste steg:',
        left > 0 ? `  1. Åpne filen og skriv tekstene som er merket «FYLL UT» (${left} steder). Slett merknadene etter hvert.` : '  1. Åpne filen og skriv teksten.',
        '  2. Kjør «npm run check». Den sier fra om alt som mangler.',
        `  3. Kjør «npm start» og se siden på http://localhost:4321${address}`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    asker?.close();
  }
}

process.exitCode = await main();
