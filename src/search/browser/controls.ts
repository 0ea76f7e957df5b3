/** The filter and sort controls: plain labelled <select>s, so they work by keyboard and screen reader. */
import { MENU_FILTERS } from '../shared/result-fields.ts';
import type { Query } from './pagefind-client.ts';
import { ui } from './strings.ts';

function select(id: string, label: string, options: [string, string][], value: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.htmlFor = id;
  wrapper.textContent = label;
  const el = document.createElement('select');
  el.id = id;
  el.name = id.replace(/^sok-/, '');
  for (const [v, text] of options) {
    const option = new Option(text, v, false, v === value);
    el.append(option);
  }
  wrapper.append(el);
  return wrapper;
}

/** Builds the controls from the index's filter values; calls onChange with the new query. */
export function renderControls(
  container: HTMLElement,
  available: Record<string, string[]>,
  query: Query,
  onChange: (q: Query) => void,
): void {
  container.className = 'search-controls';
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-controls';
  const legend = document.createElement('legend');
  legend.textContent = ui('search.filters');
  legend.className = 'sr-only';
  fieldset.append(legend);
  for (const name of MENU_FILTERS) {
    const values = available[name] ?? [];
    if (values.length === 0) continue;
    const options: [string, string][] = [['', ui('search.filter.all')], ...values.map((v): [string, string] => [v, v])];
    fieldset.append(select(`sok-${name}`, ui(`search.filter.${name}`), options, query.filters[name]?.[0] ?? ''));
  }
  fieldset.append(select('sok-sort', ui('search.sort'), [['relevance', ui('search.sort.relevance')], ['date', ui('search.sort.date')]], query.sort));
  fieldset.addEventListener('change', () => {
    const filters: Record<string, string[]> = {};
    for (const name of MENU_FILTERS) {
      const value = (fieldset.querySelector<HTMLSelectElement>(`#sok-${name}`))?.value;
      if (value) filters[name] = [value];
    }
    const sort = fieldset.querySelector<HTMLSelectElement>('#sok-sort')?.value === 'date' ? 'date' : 'relevance';
    onChange({ ...query, filters, sort });
  });
  container.replaceChildren(fieldset);
}
