/**
 * Every municipality in SSB's list can be named as the contact or a partner of a practice example
 * without an organisation file: «senja-kommune» means Senja kommune. A contributor from a
 * municipality the site has never heard of can then submit her example on her own, and the
 * organisation list is kept for the centres and agencies that need a description of their own.
 */
import { municipalities } from './municipalities.ts';
import { slugify } from './slug.ts';

/** The practice fields that accept a municipality's id as an organisation. */
export const municipalOrganisationFields: Record<string, readonly string[]> = { practice: ['contact', 'partners'] };

/** A municipality as an organisation: its id and the name a reader sees. */
export interface MunicipalOrganisation {
  id: string;
  /** «Senja kommune»; for names SSB writes with the county, «Herøy kommune (Nordland)». */
  name: string;
}

/** «Porsanger - Porsángu - Porsanki» → «Porsanger»; «Herøy (Nordland)» → «Herøy», county «Nordland». */
function parts(ssbName: string): { name: string; county?: string } {
  const county = /\(([^)]+)\)$/.exec(ssbName)?.[1];
  const name = ssbName.replace(/\s*\(.*\)$/, '').split(' - ')[0]!;
  return county ? { name, county } : { name };
}

export const municipalOrganisations: MunicipalOrganisation[] = municipalities.map((m) => {
  const { name, county } = parts(m.name);
  return {
    id: slugify(`${name} kommune${county ? ` ${county}` : ''}`),
    name: `${name} kommune${county ? ` (${county})` : ''}`,
  };
});

const byId = new Map(municipalOrganisations.map((o) => [o.id, o]));

/** The municipality an id such as «senja-kommune» names, if any. */
export const municipalOrganisation = (id: string): MunicipalOrganisation | undefined => byId.get(id);
