/**
 * The old hosts and how a request's host is named in the redirect tables. Hosts are compared
 * without a leading «www.», so www.kommunetorget.no and kommunetorget.no follow the same rules.
 */

/** The new site's host without www: the old forebygging.no, now serving the merged site. */
export const mainHost = 'forebygging.no';

/** Hosts that no longer serve pages: every request to them is answered with a redirect. */
export const oldHosts = [
  'tidligintervensjon.no',
  'kommunetorget.no',
  'skole.forebygging.no',
  'handling.forebygging.no',
  'tidliginnsats.forebygging.no',
] as const;

export type OldHost = (typeof oldHosts)[number];

/** Names nginx should answer for an old host: with and without www. */
export const serverNames = (host: OldHost): string[] => [host, `www.${host}`];

/**
 * A request's host as the tables name it: lower case, no port, no «www.». Any host that is not an
 * old one (www.forebygging.no, localhost, 127.0.0.1 …) is the new site itself.
 */
export function tableHost(host: string): string {
  const bare = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\./, '');
  return (oldHosts as readonly string[]).includes(bare) ? bare : mainHost;
}

export const isOldHost = (host: string): boolean => tableHost(host) !== mainHost;
