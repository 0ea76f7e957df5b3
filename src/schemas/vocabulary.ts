/**
 * Controlled vocabularies shared by several collections. Labels for each value live in the
 * interface strings (src/i18n/*.json) under `vocab.<list>.<value>`, so both written standards
 * show them in their own words.
 */

/** The two written standards of Norwegian. */
export const languages = ['nb', 'nn'] as const;
export type Language = (typeof languages)[number];

/** Kinds of article the old forebygging.no and kommunetorget.no published. */
export const articleKinds = [
  'fagartikkel',
  'kronikk',
  'bokomtale',
  'kunnskapsoppsummering',
  'temaartikkel',
] as const;

/** Who the work in a practice example or tool is aimed at. */
export const targetGroups = [
  'barn',
  'unge',
  'foreldre',
  'gravide',
  'voksne',
  'eldre',
  'studenter',
  'arbeidstakere',
  'parorende',
  'brukere',
  'befolkningen',
  'ansatte',
  'politikere',
] as const;

/** Who a page is written for: the professionals who read the site. */
export const audiences = [
  'helsesykepleier',
  'folkehelsekoordinator',
  'slt-koordinator',
  'radgiver',
  'leder',
  'nav',
  'skole',
  'barnehage',
  'barnevern',
  'fastlege',
  'politi',
  'rus-psykisk-helse',
  'bevilling',
  'politikere',
  'arbeidsgivere',
] as const;

/** The arenas where prevention and early intervention happen. */
export const arenas = [
  'barnehage',
  'skole',
  'helsestasjon',
  'nav',
  'arbeidsliv',
  'utesteder',
  'hoyere-utdanning',
  'fritid',
  'familie',
  'helse-omsorg',
  'lokalsamfunn',
  'politi',
  'spesialisthelsetjeneste',
] as const;

/**
 * Where a practice example stands. «ukjent-utfall» is for work a source only describes as planned
 * (a yearly plan, an invitation): the reader must not take it as done.
 */
export const practiceStatuses = ['planlagt', 'pagar', 'avsluttet', 'ukjent-utfall'] as const;

/** Strength of a recommendation, carried by its verb (Helsedirektoratet's convention). */
export const strengths = ['skal', 'bor', 'kan'] as const;

/** Kinds of tool, method or programme. */
export const toolKinds = [
  'metode',
  'program',
  'kartlegging',
  'opplaering',
  'veileder',
  'nettverk',
  'verktoy',
] as const;

/** How well documented a tool or method is. */
export const evidenceLevels = ['godt-dokumentert', 'noe-dokumentert', 'erfaringsbasert', 'ukjent'] as const;

/** Kinds of event. */
export const eventKinds = ['kurs', 'konferanse', 'dialogmote', 'samling', 'nettverk', 'webinar'] as const;

/** Kinds of organisation. */
export const organisationKinds = [
  'kompetansesenter',
  'direktorat',
  'statsforvalter',
  'brukerorganisasjon',
  'fylkeskommune',
  'kommune',
  'forskning',
  'annen',
] as const;

/** Status of a guideline. */
export const guidelineStatuses = ['gjeldende', 'erstattet'] as const;

/**
 * Every list of values readers see, under the name its labels have in src/i18n/*.json
 * («vocab.<name>.<value>»); strengths have a second set of labels explaining each strength.
 */
export const labelledVocabularies = {
  kind: articleKinds,
  target: targetGroups,
  audience: audiences,
  arena: arenas,
  status: practiceStatuses,
  guidelineStatus: guidelineStatuses,
  strength: strengths,
  strengthNote: strengths,
  toolKind: toolKinds,
  evidence: evidenceLevels,
  eventKind: eventKinds,
  organisationKind: organisationKinds,
} as const;

export type VocabularyName = keyof typeof labelledVocabularies;
