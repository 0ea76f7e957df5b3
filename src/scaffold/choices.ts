/**
 * The lists an editor chooses from in `npm run ny`: topics, organisations and tools as they are in
 * content/ right now, and the fixed vocabularies with their Norwegian labels.
 */
import { findContentFiles } from '../check/files.ts';
import { label } from '../i18n/index.ts';
import { arenas, articleKinds, eventKinds, practiceStatuses, targetGroups, type VocabularyName } from '../schemas/vocabulary.ts';
import { counties } from '../lib/municipalities.ts';

export interface Option {
  /** What is written into the file. */
  id: string;
  /** What the editor sees. */
  label: string;
}

export interface Choices {
  topics: Option[];
  organisations: Option[];
  tools: Option[];
  targetGroups: Option[];
  arenas: Option[];
  statuses: Option[];
  articleKinds: Option[];
  eventKinds: Option[];
  counties: Option[];
  languages: Option[];
}

const vocab = (list: VocabularyName, values: readonly string[]): Option[] => values.map((id) => ({ id, label: label('nb', list, id) }));

/** Reads the current topics, organisations and tools from <root>/content. */
export function loadChoices(root: string): Choices {
  const { files } = findContentFiles(root);
  const of = (collection: string, name: (data: Record<string, unknown>) => string) =>
    files
      .filter((f) => f.collection === collection && f.data && f.data.draft !== true)
      .map((f) => ({ id: f.id, label: name(f.data!) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
  return {
    topics: of('topics', (d) => String((d.label as { nb?: string } | undefined)?.nb ?? '')),
    organisations: of('organisations', (d) => String(d.shortName ?? d.name ?? '')),
    tools: of('tools', (d) => String(d.title ?? '')),
    targetGroups: vocab('target', targetGroups),
    arenas: vocab('arena', arenas),
    statuses: vocab('status', practiceStatuses),
    articleKinds: vocab('kind', articleKinds),
    eventKinds: vocab('eventKind', eventKinds),
    counties: counties.map((name) => ({ id: name, label: name })),
    languages: [
      { id: 'nb', label: 'bokmål' },
      { id: 'nn', label: 'nynorsk' },
    ],
  };
}
