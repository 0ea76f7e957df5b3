/**
 * Turns an old address into the key the redirect tables use, the way nginx sees it: the path
 * decoded, repeated slashes merged, trailing slashes dropped (the root becomes ''), the query
 * ignored. Matching on the key is case-insensitive, as on the old EPiServer sites.
 */
import { tableHost } from './hosts.ts';

export interface LegacyRequest {
  /** See tableHost(): lower case, no www, the new site's own host for anything not old. */
  host: string;
  /** Decoded path without trailing slash; '' for the root. Case as requested. */
  path: string;
}

/** Decodes percent-escapes like nginx's $uri; a malformed escape is left as it is. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The path part of a request, normalised as described above. */
export function normalisePath(pathname: string): string {
  return decodePath(pathname).replace(/\/{2,}/g, '/').replace(/\/+$/, '');
}

/** An absolute old address (or a path with a host given separately) as a request. */
export function parseRequest(address: string, host?: string): LegacyRequest {
  const url = new URL(address, host ? `http://${host}` : undefined);
  return { host: tableHost(host ?? url.host), path: normalisePath(url.pathname) };
}

/** The table key: host and path, lower case. */
export const keyOf = (r: LegacyRequest): string => `${r.host}${r.path}`.toLowerCase();
