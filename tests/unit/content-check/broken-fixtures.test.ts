/**
 * One broken fixture per kind of mistake (tests/fixtures/content-check/broken/<case>/), each laid
 * over the good fixture. Every case must be reported with the file, the field and, where the
 * mistake is on one line, that line; and nothing else in the mini project may be reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblems } from '../../../src/check/validate.ts';
import { checksBeyondSchema } from '../../../src/check/all-checks.ts';
import { fixtureProject, fixtures } from '../../support/fixture-project.ts';

interface Expected {
  file: string;
  field: string;
  message: RegExp;
  line?: number;
  /** Shown as a warning: the check still passes. */
  warning?: true;
}

const praksis = (name: string) => `content/praksis/${name}`;

const cases: Record<string, Expected[]> = {
  'mangler-felt': [{ file: praksis('mangler-felt.mdx'), field: 'contact', message: /Feltet mangler\. Skriv id-en til en organisasjon/ }],
  'ugyldig-verdi': [{ file: praksis('ugyldig-verdi.mdx'), field: 'status', line: 9, message: /«ferdig» er ikke en gyldig verdi\. Velg en av: planlagt, pagar, avsluttet, ukjent-utfall/ }],
  'uekte-dato': [{ file: praksis('uekte-dato.mdx'), field: 'updated', line: 6, message: /«2024-02-30» er ikke en gyldig dato/ }],
  'ukjent-kommune': [{ file: praksis('ukjent-kommune.mdx'), field: 'municipalities', line: 7, message: /Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/ }],
  'tvetydig-kommune': [{ file: praksis('tvetydig-kommune.mdx'), field: 'municipalities', line: 7, message: /Flere kommuner heter «Herøy»\. Skriv «Herøy \(Møre og Romsdal\)» eller «Herøy \(Nordland\)»/ }],
  'ukjent-tema': [{ file: praksis('ukjent-tema.mdx'), field: 'topics', line: 5, message: /Ukjent id «tidlig-intervensjonn»\. Mente du «tidlig-intervensjon»\?.*content\/tema\// }],
  'ukjent-verktoy': [{ file: praksis('ukjent-verktoy.mdx'), field: 'methods', line: 14, message: /Ukjent id «bti»\. Mente du «bedre-tverrfaglig-innsats»\?/ }],
  'ukjent-organisasjon': [{ file: praksis('ukjent-organisasjon.mdx'), field: 'contact', line: 12, message: /Ukjent id «korus-nor»\. Mente du «korus-nord»\?/ }],
  'dobbel-id': [
    { file: praksis('bti i tromso.mdx'), field: '(filnavn)', message: /Får samme id \(«bti-i-tromso»\) som content\/praksis\/bti-i-tromso\.mdx/ },
    { file: praksis('bti i tromso.mdx'), field: '(filnavn)', message: /Filnavnet «bti i tromso\.mdx» kan bare ha små bokstaver.*Kall filen bti-i-tromso\.mdx/ },
  ],
  'dod-lenke': [
    { file: praksis('dod-lenke.mdx'), field: '(tekst)', line: 18, message: /Lenken \/praksis\/bti-i-tromsoo\/ går til en side som ikke finnes\. Mente du «\/praksis\/bti-i-tromso\/»\?/ },
    { file: praksis('dod-lenke.mdx'), field: '(tekst)', line: 20, message: /mangler skråstrek på slutten\. Skriv \/verktoy\/bedre-tverrfaglig-innsats\// },
  ],
  'bilde-mangler': [{ file: praksis('bilde-mangler.mdx'), field: 'image.src', line: 14, message: /Fant ikke bildet \.\/bilder\/finnes-ikke\.png/ }],
  'bilde-uten-alt': [
    { file: praksis('bilde-uten-alt.mdx'), field: 'image.alt', message: /Feltet mangler\. Et bilde har src .* alt/ },
    { file: praksis('bilde-uten-alt.mdx'), field: '(tekst)', line: 19, message: /mangler alternativ tekst/ },
  ],
  script: [{ file: praksis('script.mdx'), field: '(tekst)', line: 20, message: /<script> er ikke tillatt/ }],
  onclick: [{ file: praksis('onclick.mdx'), field: '(tekst)', line: 18, message: /Attributtet onclick på <a> er ikke tillatt/ }],
  iframe: [{ file: praksis('iframe.mdx'), field: '(tekst)', line: 18, message: /<iframe> fra tracker\.example\.com er ikke tillatt/ }],
  'yaml-feil': [{ file: praksis('yaml-feil.mdx'), field: '(frontmatter)', line: 5, message: /En liste i hakeparentes er ikke lukket\. Avslutt den med \]/ }],
  'yaml-kolon': [
    { file: praksis('yaml-kolon.mdx'), field: '(frontmatter)', line: 2, message: /Sett teksten i anførselstegn fordi den har kolon: title: "BTI: erfaringer fra Tromsø"/ },
    // The rest of the file is still checked.
    { file: praksis('yaml-kolon.mdx'), field: 'status', line: 12, message: /«ferdig» er ikke en gyldig verdi/ },
  ],
  'yaml-tabulator': [
    { file: praksis('yaml-tabulator.mdx'), field: '(frontmatter)', line: 10, message: /rykket inn med tabulator\. Bruk mellomrom, ikke tabulator/ },
    { file: praksis('yaml-tabulator.mdx'), field: 'municipalities', line: 8, message: /Ukjent kommune «Tromsøy»/ },
  ],
  // «status: pågår», «Skole», «Pårørende» and «from: 2016» are what the editor meant: accepted.
  'skrevet-som-redaktor': [],
  visningsnavn: [
    { file: praksis('visningsnavn.mdx'), field: 'topics', line: 5, message: /Ukjent id «Tidlig intervensjon»\. Mente du «tidlig-intervensjon»\?/ },
    { file: praksis('visningsnavn.mdx'), field: 'contact', line: 18, message: /Ukjent id «KoRus Nord»\. Mente du «korus-nord»\?/ },
  ],
  'naken-url': [{ file: praksis('naken-url.mdx'), field: '(tekst)', line: 34, message: /Adressen https:\/\/www\.example\.org\/rapport står uten lenketekst.*\[.+\]\(https:\/\/www\.example\.org\/rapport\)/ }],
  'bokmal-nynorsk': [{ file: praksis('bokmal-nynorsk.mdx'), field: 'lang', line: 4, warning: true, message: /skrevet på nynorsk \(«eit» på linje 3.*men lang er «nb»\. Er teksten på nynorsk, skriv lang: nn/ }],
  'bilde-mellomrom': [
    { file: praksis('bilde-mellomrom.mdx'), field: 'image.src', line: 20, message: /Bildefilen «mitt bilde\.png» har mellomrom i navnet.*mitt-bilde\.png/ },
    { file: praksis('bilde-mellomrom.mdx'), field: '(tekst)', line: 34, message: /Bildefilen «mitt bilde\.png» har mellomrom i navnet/ },
  ],
  'bilde-uloest': [
    { file: praksis('bilde-uloest.mdx'), field: 'image.src', line: 20, message: /Fant ikke bildet \.\/bilder\/nivaaer\.png.*Mente du \.\/bilder\/nivaer\.png\?/ },
    { file: praksis('bilde-uloest.mdx'), field: '(tekst)', line: 34, message: /Bildet !\[Søyler for nivåene 0 til 3\]\[figur\] blir ikke vist, fordi stien mangler/ },
  ],
  // Her own municipality as the contact needs no organisation file; its name gets the id suggested.
  'kommune-som-kontakt': [{ file: praksis('kommune-som-kontakt.mdx'), field: 'partners', line: 17, message: /Ukjent id «Tromsø kommune»\. Mente du «tromso-kommune»\?.*eller en kommune skrevet som «senja-kommune»/ }],
  malmarkorer: [
    { file: praksis('malmarkorer.mdx'), field: 'title', line: 2, message: /merket «BYTT UT» og kommer fra eksempelet i veiledningen/ },
    { file: praksis('malmarkorer.mdx'), field: 'contact', line: 18, message: /merket «BYTT UT»/ },
    { file: praksis('malmarkorer.mdx'), field: '(tekst)', line: 32, message: /Teksten er merket «BYTT UT»/ },
  ],
  'loes-fil': [{ file: praksis('notater.txt'), field: '(fil)', message: /Filen blir ikke lest av nettstedet/ }],
  'ikke-fylt-ut': [
    { file: praksis('ikke-fylt-ut.mdx'), field: 'challenge', line: 11, message: /Feltet er ikke fylt ut/ },
    { file: praksis('ikke-fylt-ut.mdx'), field: 'targetGroups.0', line: 12, message: /Feltet er ikke fylt ut/ },
    { file: praksis('ikke-fylt-ut.mdx'), field: '(tekst)', line: 22, message: /Seksjonen «Hva ble gjort» er ikke fylt ut/ },
    { file: praksis('ikke-fylt-ut.mdx'), field: '(tekst)', line: 26, message: /Seksjonen «Erfaringer og videre arbeid» har fortsatt hjelpeteksten/ },
  ],
  'ukjent-felt': [{ file: praksis('ukjent-felt.mdx'), field: 'evalution', line: 14, message: /Ukjent felt «evalution»\. Mente du «evaluation»\?/ }],
  // The site's rewritten answer is not the old answerer's text: the field was renamed to credit a source.
  'gammelt-felt': [{ file: 'content/sporsmal-og-svar/gammelt-felt.mdx', field: 'answeredBy', line: 7, message: /Feltet «answeredBy» er tatt ut\. Feltet heter nå «basedOn».*kilde, ikke forfatteren/ }],
  'mdx-syntaks': [{ file: praksis('mdx-syntaks.mdx'), field: '(tekst)', line: 20, message: /Tegnet < blir lest som starten på en HTML-tagg/ }],
  import: [{ file: praksis('import.mdx'), field: '(tekst)', line: 18, message: /import eller export er ikke tillatt/ }],
  'ukjent-komponent': [{ file: praksis('ukjent-komponent.mdx'), field: '(tekst)', line: 18, message: /Ukjent komponent <Faktaboks>.*<Anbefaling>/ }],
  filnavn: [{ file: praksis('BTI Tromsø.mdx'), field: '(filnavn)', message: /Kall filen bti-tromso\.mdx/ }],
  plassholder: [{ file: praksis('plassholder.mdx'), field: '(tekst)', line: 18, message: /lorem ipsum/ }],
  // Markdown (.md): components do not work there, and raw HTML is judged as tags in MDX are.
  'md-komponent': [
    { file: praksis('md-komponent.md'), field: '(tekst)', line: 20, message: /<Anbefaling>, <Praktisk> og <Begrunnelse> virker bare i filer som slutter på \.mdx\..*Gi filen endelsen \.mdx \(content\/praksis\/md-komponent\.mdx\)/ },
    { file: praksis('md-komponent.md'), field: '(tekst)', line: 33, message: /Ukjent komponent <Faktaboks>\. Skriv teksten som vanlig Markdown/ },
  ],
  'md-html': [
    { file: praksis('md-html.md'), field: '(tekst)', line: 18, message: /Lenken \/praksis\/bti-i-tromsoo\/ går til en side som ikke finnes\. Mente du «\/praksis\/bti-i-tromso\/»\?/ },
    { file: praksis('md-html.md'), field: '(tekst)', line: 20, message: /Lenken \/verktoy\/bedre-tverrfaglig-innsats mangler skråstrek på slutten/ },
    { file: praksis('md-html.md'), field: '(tekst)', line: 20, message: /Attributtet onclick på <a> er ikke tillatt/ },
    { file: praksis('md-html.md'), field: '(tekst)', line: 22, message: /i stedet for <img>/ },
    { file: praksis('md-html.md'), field: '(tekst)', line: 24, message: /<script> er ikke tillatt/ },
  ],
  'md-og-mdx': [{ file: praksis('bti-i-tromso.mdx'), field: '(filnavn)', message: /Samme side finnes også som content\/praksis\/bti-i-tromso\.md\. .*Behold den ene filen og slett den andre/ }],
  'gammel-adresse': [
    { file: 'content/legacy-urls.csv', field: 'new_path', line: 3, message: /«\/praksis\/bti-i-tromsoo\/» er ikke en side på nettstedet\. Mente du «\/praksis\/bti-i-tromso\/»\?/ },
    { file: 'content/legacy-urls.csv', field: '(linje)', line: 4, message: /«forebygging\.no\/Aktuelt\/» er ikke en hel adresse\. Skriv den med https:\/\/ og vertsnavn/ },
  ],
};

test('the good fixture has no problems', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const result = checkContent(root, checksBeyondSchema);
    assert.deepEqual(result.problems, []);
    assert.match(formatProblems(result), /Innholdet er i orden/);
  } finally {
    cleanup();
  }
});

test('every broken fixture has expectations here', () => {
  const folders = readdirSync(join(fixtures, 'broken')).filter((name) => name !== 'mange-feil').sort();
  assert.deepEqual(folders, Object.keys(cases).sort());
});

for (const [name, expected] of Object.entries(cases)) {
  test(`broken fixture «${name}» is reported with file, field and what to do`, () => {
    const { root, cleanup } = fixtureProject(name);
    try {
      const { problems } = checkContent(root, checksBeyondSchema);
      for (const want of expected) {
        const hit = problems.find((p) => p.file === want.file && p.field === want.field && want.message.test(p.message));
        assert.ok(hit, `expected ${want.file} ${want.field} ${want.message}; got:\n${JSON.stringify(problems, null, 2)}`);
        if (want.line !== undefined) assert.equal(hit.line, want.line, `line of ${want.message}`);
        assert.equal(hit.warning === true, want.warning === true, `${want.message} is ${want.warning ? 'a warning' : 'an error'}`);
      }
      assert.equal(problems.length, expected.length, `only the planted mistakes are reported:\n${JSON.stringify(problems, null, 2)}`);
      const report = formatProblems({ files: 0, problems });
      for (const want of expected) assert.ok(report.includes(want.file) && report.includes(`${want.field}:`), 'the report names file and field');
    } finally {
      cleanup();
    }
  });
}
