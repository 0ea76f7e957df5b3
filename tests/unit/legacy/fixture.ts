/** A small built site for the legacy tests: the pages the rules and the inventory refer to. */
import { classify } from '../../../src/collections/paths.ts';
import type { LivePage } from '../../../src/legacy/live.ts';
import { parseInventory } from '../../../src/legacy/inventory.ts';
import { buildTables, type Tables } from '../../../src/legacy/tables.ts';

export const origin = 'https://www.forebygging.no';

export const pagePaths = [
  '/', '/sok/', '/ordbok/', '/ordbok/universelle-tiltak/', '/ordbok/tidlig-intervensjon/', '/ordbok/kartlegging/',
  '/artikler/', '/artikler/hva-er-tidlig-intervensjon/', '/artikler/laeringsmiljo-i-skolen/',
  '/tema/', '/tema/folkehelse/', '/tema/tidlig-intervensjon/', '/tema/skole-og-barnehage/', '/tema/alkoholpolitikk/',
  '/veiledere/', '/veiledere/fra-bekymring-til-handling/', '/veiledere/fra-bekymring-til-handling/kritiske-faser/',
  '/planlegging/', '/planlegging/planprosessen/', '/planlegging/planprosessen/planprogram/',
  '/planlegging/sporsmal-og-svar/', '/planlegging/sporsmal-og-svar/finnes-det-noe-lovgrunnlag-for-rusmiddelpolitisk-handlingsplan/',
  '/praksis/', '/praksis/bti-tromso-nokkelkommune-2016/',
  '/verktoy/', '/verktoy/ungdata/', '/verktoy/stottemateriell-rusforebygging-skole/',
  '/tidlig-intervensjon/',
];

export const pages: LivePage[] = pagePaths.map((path) => ({ path, ...classify(path) }));

export const inventoryText = `old_url,new_path
https://www.forebygging.no/Ordbok/Q-A/Universelle-tiltak/,/ordbok/universelle-tiltak/
https://www.tidligintervensjon.no/,/tidlig-intervensjon/
https://www.kommunetorget.no/Temaomrader/Folkehelse/Hva-er-folkehelse/Folkehelseperspektivet-i-utarbeiding-av-planprogram/,/planlegging/planprosessen/planprogram/
https://skole.forebygging.no/Folkehelsearbeid_og_rusmiddelforebygging/Risiko-og-beskyttelse/?pp=14,/sok/?q=risiko+og+beskyttelse
`;

export function tables(paths = pages, text = inventoryText): Tables {
  const { rows, problems } = parseInventory(text);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return buildTables(paths, rows);
}
