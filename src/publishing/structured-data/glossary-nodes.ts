/** Glossary terms as DefinedTerm, all in one DefinedTermSet: the glossary at /ordbok/. */
import type { DefinedTerm, DefinedTermSet } from 'schema-dts';
import { absolute } from '../site.ts';

export const termSetId = () => `${absolute('/ordbok/')}#ordbok`;

export function termSetNode(name: string, description: string, terms: { name: string; path: string }[]): DefinedTermSet {
  return {
    '@type': 'DefinedTermSet',
    '@id': termSetId(),
    name,
    description,
    url: absolute('/ordbok/'),
    hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', '@id': `${absolute(term.path)}#begrep` })),
  };
}

export function termNode(path: string, term: string, definition: string, alsoKnownAs: string[], setName: string): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': `${absolute(path)}#begrep`,
    name: term,
    description: definition,
    url: absolute(path),
    ...(alsoKnownAs.length > 0 ? { alternateName: alsoKnownAs } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': termSetId(), name: setName, url: absolute('/ordbok/') },
  };
}
