/**
 * What every body goes through on its way to HTML, whether it is Markdown (.md, rendered once by
 * the content layer) or MDX (.mdx, compiled as a module). Markdown cannot map elements to
 * components the way an MDX page's `components` prop does, so what the site adds to plain
 * Markdown elements is done here, once, for both formats (astro.config.mjs).
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';

/**
 * A wide table scrolls sideways inside itself on a narrow screen (src/styles/base.css); tabindex
 * lets a keyboard user reach it and scroll it with the arrow keys (WCAG 2.1.1, axe
 * «scrollable-region-focusable»).
 */
export const focusableTables = defineHastPlugin({
  name: 'focusable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});

/** An HTML comment and nothing else: an editor's note. */
const onlyComment = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/**
 * An editor's <!-- note --> in a Markdown body stays out of the page, as {/* note *\/} does in
 * MDX: a note meant for the next editor (or the scaffolder's «FYLL UT» help) is not for readers.
 */
export const dropComments = defineMdastPlugin({
  name: 'drop-comments',
  html(node, ctx) {
    if (onlyComment.test(node.value)) ctx.removeNode(node);
  },
});
