/**
 * The inventory of old addresses: content/legacy-urls.csv, one old address a row with the path of
 * the page that now answers it. Editors add rows here when they give an old page a new home.
 */
import { readFileSync } from 'node:fs';
import { mainHost, oldHosts } from './hosts.ts';
import { keyOf, parseRequest, type LegacyRequest } from './normalise.ts';

const knownHosts = [mainHost, ...oldHosts].map((h) => h.replace(/\./g, '\\.')).join('|');
const knownHost = new RegExp(`^https?://(?:www\\.)?(?:${knownHosts})(?::\\d+)?(?:/|$)`, 'i');

export const inventoryFile = 'content/legacy-urls.csv';
const header = 'old_url,new_path';

export interface InventoryRow {
  /** Line in the file, for messages. */
  line: number;
  oldUrl: string;
  newPath: string;
  request: LegacyRequest;
  key: string;
}

export interface InventoryProblem {
  line: number;
  message: string;
}

/** Splits one CSV line; fields may be quoted ("…", with "" for a quote). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Parses the file's text; rows with problems are left out and reported. */
export function parseInventory(text: string): { rows: InventoryRow[]; problems: InventoryProblem[] } {
  const rows: InventoryRow[] = [];
  const problems: InventoryProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== header) problems.push({ line: 1, message: `Første linje skal være «${header}».` });
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const [oldUrl = '', newPath = '', ...rest] = splitCsvLine(raw);
    if (rest.length > 0) return problems.push({ line, message: 'Linjen har mer enn to felter. Sett adresser med komma i anførselstegn.' });
    let request: LegacyRequest;
    try {
      if (!/^https?:\/\//i.test(oldUrl)) throw new Error();
      request = parseRequest(oldUrl);
    } catch {
      return problems.push({ line, message: `«${oldUrl}» er ikke en hel adresse. Skriv den med https:// og vertsnavn.` });
    }
    if (!knownHost.test(oldUrl)) {
      return problems.push({ line, message: `«${oldUrl}» er ikke på et av de gamle nettstedene (${[mainHost, ...oldHosts].join(', ')}).` });
    }
    if (!newPath.startsWith('/') || newPath.startsWith('//')) {
      return problems.push({ line, message: `«${newPath}» er ikke en sti på nettstedet. Den skal starte med /, for eksempel /ordbok/universelle-tiltak/.` });
    }
    // The path goes into a Location header and into nginx's configuration as it is.
    if (!/^\/[A-Za-z0-9\-._~\/?=&+%]*$/.test(newPath)) {
      return problems.push({ line, message: `«${newPath}» har tegn som må kodes. Skriv æ, ø, å og mellomrom med %-koder (for eksempel %C3%A5 for å og + for mellomrom i et søk).` });
    }
    const key = keyOf(request);
    const earlier = seen.get(key);
    if (earlier) return problems.push({ line, message: `Samme gamle adresse som på linje ${earlier} (store og små bokstaver og skråstrek til slutt teller ikke).` });
    seen.set(key, line);
    rows.push({ line, oldUrl, newPath, request, key });
  });
  return { rows, problems };
}

export function readInventory(file: string): { rows: InventoryRow[]; problems: InventoryProblem[] } {
  return parseInventory(readFileSync(file, 'utf8'));
}
