/**
 * The form's own script, served as /admin/redigering.js after the Decap CMS bundle:
 * - the workflow words this site uses («Send til gjennomgang») and Norwegian for the few phrases
 *   Decap's nb_no translation lacks («Legg til kilde»);
 * - the recommendation block (<Anbefaling> with <Praktisk> and <Begrunnelse>, src/components/)
 *   as a block the editor can insert in the body text from the editor's «+» menu.
 * Every word comes from the interface strings (src/i18n/nb.json) and the vocabulary.
 */
import { label, t } from '../i18n/index.ts';
import { strengths } from '../schemas/vocabulary.ts';

export function adminScript(): string {
  const strings = {
    label: t('nb', 'cms.anbefaling'),
    nummer: t('nb', 'cms.anbefaling.nummer'),
    styrke: t('nb', 'cms.anbefaling.styrke'),
    tekst: t('nb', 'cms.anbefaling.tekst'),
    praktisk: t('nb', 'cms.anbefaling.praktisk'),
    begrunnelse: t('nb', 'cms.anbefaling.begrunnelse'),
  };
  const options = strengths.map((value) => ({ label: label('nb', 'strength', value), value }));
  // Paths in Decap's phrase book (decap-cms-locales) and what this site says instead.
  const phrases = [
    ['editor.editorToolbar.inReview', t('nb', 'cms.workflow.inReview')],
    ['editor.editorToolbar.ready', t('nb', 'cms.workflow.ready')],
    ['workflow.workflowList.inReviewHeader', t('nb', 'cms.workflow.inReviewHeader')],
    ['editor.editorWidgets.list.add', t('nb', 'cms.list.add')],
    ['editor.editorWidgets.list.addType', t('nb', 'cms.list.add')],
  ];
  return `// Laget av «npm run build» (src/cms/admin-script.ts). Ikke rediger.
(function () {
  var book = window.CMS.getLocale('nb_no');
  ${JSON.stringify(phrases)}.forEach(function (pair) {
    var keys = pair[0].split('.');
    var node = book;
    for (var i = 0; i < keys.length - 1; i++) node = node[keys[i]] = node[keys[i]] || {};
    node[keys[keys.length - 1]] = pair[1];
  });
  window.CMS.registerLocale('nb_no', book);
})();
(function () {
  var s = ${JSON.stringify(strings)};
  var attr = function (text, name) {
    var m = new RegExp(name + '="([^"]*)"').exec(text);
    return m ? m[1].replace(/&quot;/g, '"') : '';
  };
  var part = function (text, tag) {
    var m = new RegExp('<' + tag + '>\\\\n([\\\\s\\\\S]*?)\\\\n</' + tag + '>').exec(text);
    return m ? m[1] : '';
  };
  var quote = function (text) { return String(text || '').replace(/"/g, '&quot;'); };
  window.CMS.registerEditorComponent({
    id: 'anbefaling',
    label: s.label,
    fields: [
      { name: 'nummer', label: s.nummer, widget: 'string', required: false },
      { name: 'styrke', label: s.styrke, widget: 'select', required: false, options: ${JSON.stringify(options)} },
      { name: 'tekst', label: s.tekst, widget: 'text' },
      { name: 'praktisk', label: s.praktisk, widget: 'markdown', required: false },
      { name: 'begrunnelse', label: s.begrunnelse, widget: 'markdown', required: false }
    ],
    pattern: /^<Anbefaling([^>]*)>\\n([\\s\\S]*?)<\\/Anbefaling>$/,
    fromBlock: function (match) {
      return { nummer: attr(match[1], 'nummer'), styrke: attr(match[1], 'styrke'), tekst: attr(match[1], 'tekst'), praktisk: part(match[2], 'Praktisk'), begrunnelse: part(match[2], 'Begrunnelse') };
    },
    toBlock: function (d) {
      var open = '<Anbefaling' + (d.nummer ? ' nummer="' + quote(d.nummer) + '"' : '') + (d.styrke ? ' styrke="' + quote(d.styrke) + '"' : '') + ' tekst="' + quote(d.tekst) + '">';
      var inner = (d.praktisk ? '<Praktisk>\\n' + d.praktisk + '\\n</Praktisk>\\n' : '') + (d.begrunnelse ? '<Begrunnelse>\\n' + d.begrunnelse + '\\n</Begrunnelse>\\n' : '');
      return open + '\\n' + inner + '</Anbefaling>';
    },
    toPreview: function (d) {
      return '<aside><p><strong>' + s.label + (d.nummer ? ' ' + quote(d.nummer) : '') + ':</strong> ' + quote(d.tekst) + '</p></aside>';
    }
  });
})();
`;
}
