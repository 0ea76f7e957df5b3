/**
 * Renders a component with Astro's Container API and reads the result as a reader would: the text
 * and the links, without markup.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** The component's HTML for the given props (and default slot text), at an address on the site. */
export async function render(component: Component, props: Record<string, unknown> = {}, options: { slot?: string; path?: string } = {}): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component, {
    props,
    slots: options.slot ? { default: options.slot } : {},
    request: new Request(new URL(options.path ?? '/', 'https://www.forebygging.no')),
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'");

/** The visible text, with whitespace collapsed; hidden elements and their content are left out. */
export function text(html: string): string {
  const visible = html.replace(/<([a-z]+)[^>]*\shidden[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return decode(visible.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Every link as «text → address». */
export function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => `${text(m[2]!)} → ${decode(m[1]!)}`);
}

/** The text of every heading of a level, in order. */
export function headings(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((m) => text(m[1]!));
}
