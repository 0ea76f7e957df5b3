import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRequest } from '../../../src/legacy/normalise.ts';
import { resolve } from '../../../src/legacy/resolve.ts';
import { oldHosts } from '../../../src/legacy/hosts.ts';
import { rules, ruleRegExp } from '../../../src/legacy/rules.ts';
import { parseInventory } from '../../../src/legacy/inventory.ts';
import { buildTables, TableError } from '../../../src/legacy/tables.ts';
import { origin, pages, tables } from './fixture.ts';

const t = tables();
/** Where an address leads: the path (and query) of the redirect, '200' or '404'. */
function where(url: string): string {
  const u = new URL(url);
  const answer = resolve(t, parseRequest(url), u.pathname, origin);
  return answer.status === 301 ? answer.location.replace(origin, '') : String(answer.status);
}

test('inventory rows lead to their page in any letter case, with or without slash and query', () => {
  for (const url of [
    'https://www.forebygging.no/Ordbok/Q-A/Universelle-tiltak/',
    'https://www.forebygging.no/ordbok/q-a/universelle-tiltak',
    'https://forebygging.no/ORDBOK/Q-A/UNIVERSELLE-TILTAK/?pp=3',
  ]) assert.equal(where(url), '/ordbok/universelle-tiltak/', url);
  assert.equal(where('https://skole.forebygging.no/Folkehelsearbeid_og_rusmiddelforebygging/Risiko-og-beskyttelse'), '/sok/?q=risiko+og+beskyttelse');
});

test('redirects from old hosts name the new host; those on the new host are paths', () => {
  const answer = resolve(t, parseRequest('https://tidligintervensjon.no/'), '/', origin);
  assert.deepEqual(answer, { status: 301, location: `${origin}/tidlig-intervensjon/`, why: 'inventory' });
  assert.deepEqual(resolve(t, parseRequest('https://www.forebygging.no/Ordbok/'), '/Ordbok/', origin), { status: 301, location: '/ordbok/', why: 'live' });
});

test('a live page is served; in other letter case or without its slash it is redirected to', () => {
  assert.equal(where('https://www.forebygging.no/ordbok/kartlegging/'), '200');
  assert.equal(where('https://www.forebygging.no/'), '200');
  assert.equal(where('https://www.forebygging.no/ordbok/kartlegging'), '/ordbok/kartlegging/');
  assert.equal(where('https://www.forebygging.no/Tidlig-Intervensjon'), '/tidlig-intervensjon/');
});

test('an old glossary address leads to the term when it exists, otherwise to the glossary', () => {
  assert.equal(where('https://www.forebygging.no/Ordbok/F-J/Kartlegging/'), '/ordbok/kartlegging/');
  assert.equal(where('https://www.forebygging.no/en/Ordbok/F-J/Kartlegging'), '/ordbok/kartlegging/');
  assert.equal(where('https://www.forebygging.no/Ordbok/A-E/Avhengighet/'), '/ordbok/');
  assert.equal(where('https://www.forebygging.no/Ordbok/A-E/'), '/ordbok/');
  assert.equal(where('https://www.forebygging.no/en/'), '/');
});

test('an old article leads to the article, or to a search for the words in its slug', () => {
  assert.equal(where('https://www.forebygging.no/Artikler/2014/Hva-er-tidlig-intervensjon/'), '/artikler/hva-er-tidlig-intervensjon/');
  // EPiServer wrote æ as «a»; the new id writes «ae».
  assert.equal(where('https://www.forebygging.no/Artikler/2014/Laringsmiljo-i-skolen/'), '/artikler/laeringsmiljo-i-skolen/');
  assert.equal(where('https://www.forebygging.no/Artikler/2021/Bakkebyrakrater-er-vare-kamerater/'), '/sok/?q=Bakkebyrakrater+er+vare+kamerater');
  assert.equal(where('https://www.forebygging.no/Artikler/2007-1998/'), '/artikler/');
});

test('a slug with more words than a search takes is cut, and separators of any kind split words', () => {
  assert.equal(
    where('https://www.forebygging.no/Artikler/2007/en-to-tre---fire_fem-seks-sju-atte-ni-ti/'),
    '/sok/?q=en+to+tre+fire+fem+seks+sju+atte',
  );
});

test('each old host root goes to its hub, and any other address to a live page', () => {
  assert.equal(where('https://kommunetorget.no/'), '/planlegging/');
  assert.equal(where('https://www.skole.forebygging.no/'), '/verktoy/stottemateriell-rusforebygging-skole/');
  assert.equal(where('https://handling.forebygging.no/'), '/praksis/');
  assert.equal(where('https://tidliginnsats.forebygging.no/'), '/tidlig-intervensjon/');
  for (const host of oldHosts) {
    const target = where(`https://${host}/Noe/Som/Aldri-fantes.aspx?id=3`);
    assert.ok(pages.some((p) => p.path === target.replace(/\?.*$/, '')), `${host}: ${target}`);
  }
});

test('old sections lead to their new counterparts', () => {
  assert.equal(where('https://tidliginnsats.forebygging.no/Statlige-foringer/Fra-bekymring-til-handling---en-veileder-om-tidlig-intervensjon-pa-rusfeltet/'), '/veiledere/fra-bekymring-til-handling/');
  assert.equal(where('https://tidliginnsats.forebygging.no/Statlige-foringer/Nasjonal-strategi/'), '/veiledere/');
  assert.equal(where('https://tidliginnsats.forebygging.no/Artikler--Kronikker/Hva-er-tidlig-intervensjon/'), '/artikler/hva-er-tidlig-intervensjon/');
  assert.equal(where('https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Sporsmal-Svar/Rusmiddelpolitisk-handlingsplan/Finnes-det-noe-lovgrunnlag-for-rusmiddelpolitisk-handlingsplan-/'), '/planlegging/sporsmal-og-svar/finnes-det-noe-lovgrunnlag-for-rusmiddelpolitisk-handlingsplan/');
  assert.equal(where('https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Sporsmal-Svar/Alkohol/Ukjent-sporsmal/'), '/planlegging/sporsmal-og-svar/');
  assert.equal(where('https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Praksiseksempler/Troms/Bti-tromso-nokkelkommune-2016/'), '/praksis/bti-tromso-nokkelkommune-2016/');
  assert.equal(where('https://kommunetorget.no/Temaomrader/Folkehelse/'), '/tema/folkehelse/');
  assert.equal(where('https://kommunetorget.no/Temaomrader/Alkohol/Skjenking/Prikksystemet-forklart/'), '/sok/?q=Prikksystemet+forklart');
  assert.equal(where('https://tidligintervensjon.no/Verktoy/Ungdata/'), '/verktoy/ungdata/');
});

test('an unknown address on the new site is a 404, not a guess', () => {
  assert.equal(where('https://www.forebygging.no/finnes-ikke/'), '404');
});

test('every old host ends with a rule that takes any address', () => {
  for (const host of oldHosts) {
    for (const path of ['', '/x', '/a/b/c.aspx']) {
      assert.ok(rules.some((r) => ruleRegExp(r).test(`${host}${path}`)), `${host}${path}`);
    }
  }
});

test('the build stops when an old address would lead nowhere or hide a live page', () => {
  const build = (csv: string) => () => buildTables(pages, parseInventory(`old_url,new_path\n${csv}`).rows);
  assert.throws(build('https://kommunetorget.no/x/,/planlegging/finnes-ikke/'), (e: Error) => e instanceof TableError && /linje 2.*finnes ikke/.test(e.message));
  assert.throws(build('https://www.forebygging.no/Ordbok/,/tema/'), /er en side på det nye nettstedet/);
  assert.throws(build('https://www.forebygging.no/,/tema/'), /er en side på det nye nettstedet/);
  assert.throws(() => buildTables(pages.filter((p) => p.path !== '/praksis/'), []), /Regel «fo-handling-rot»/);
});
