/** What to do about a field, added to messages about it. Plain Norwegian for editors. */
export const fieldHelp: Record<string, string> = {
  title: 'Skriv en kort tittel (3–140 tegn).',
  ingress: 'Skriv én til to setninger som oppsummerer siden (20–400 tegn).',
  lang: 'Skriv «nb» for bokmål eller «nn» for nynorsk.',
  topics: 'Skriv en liste med tema-id-er fra content/tema/, for eksempel [tidlig-intervensjon].',
  updated: 'Skriv datoen siden sist ble endret, som ÅÅÅÅ-MM-DD.',
  published: 'Skriv publiseringsdatoen som ÅÅÅÅ-MM-DD.',
  sources: 'Oppgi minst én kilde med title (og gjerne publisher, year og url).',
  municipalities: 'Skriv kommunenavn slik SSB skriver dem, som en liste: [Tromsø, Balsfjord].',
  period: 'Skriv period med from (og to når arbeidet er avsluttet), som årstall: from: "2016".',
  status: 'Skriv planlagt, pagar eller avsluttet.',
  challenge: 'Beskriv utfordringen kommunen ville løse, med én eller to setninger.',
  targetGroups: 'Velg minst én målgruppe.',
  contact: 'Skriv id-en til en organisasjon i content/organisasjoner/ (aldri en privatpersons e-post).',
  kind: 'Velg en av verdiene som er lov for denne innholdstypen.',
};
