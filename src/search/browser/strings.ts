/**
 * The search page's interface text. The strings live in src/i18n/nb.json like every other string;
 * the page hands the search.* ones to the script in a data attribute (src/pages/sok/index.astro),
 * so the script does not bundle both language files.
 */
import type { UiKey } from '../../i18n/index.ts';

export type SearchKey = Extract<UiKey, `search.${string}`>;

let strings: Partial<Record<SearchKey, string>> = {};

/** Reads the strings the page wrote into data-strings. */
export function loadStrings(element: HTMLElement): void {
  strings = JSON.parse(element.dataset.strings ?? '{}') as Partial<Record<SearchKey, string>>;
}

/** The string for `key`, with {placeholders} filled in. */
export function ui(key: SearchKey, values: Record<string, string | number> = {}): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/**
 * The string for `key` as DOM nodes, with placeholders replaced by the given nodes (links inside a
 * sentence, such as «Søk i stedet etter «…».»), and text kept as text.
 */
export function uiNodes(key: SearchKey, parts: Record<string, Node>): Node[] {
  const template = strings[key] ?? key;
  return template.split(/(\{\w+\})/).filter(Boolean).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name && parts[name] ? parts[name] : document.createTextNode(piece);
  });
}
