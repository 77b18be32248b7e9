// Facet lists (checkboxes with the API's drill-sideways counts) and the chips of chosen filters.
import { h, fill, formatCount } from './dom.js';
import { FACETS, chosenFilters } from './state.js';

const SHOWN = 8;
const expanded = new Set();

/**
 * Renders every facet. `labelOf(key, value)` gives the text shown for a value (a document's title
 * for a docId); `onToggle(key, value)` switches a value.
 */
export function renderFacets(container, facets, state, labelOf, onToggle) {
  fill(container, FACETS.map((facet) => facetGroup(facet, facets?.[facet.key] ?? [], state[facet.key],
    labelOf, onToggle, () => renderFacets(container, facets, state, labelOf, onToggle))));
}

function facetGroup(facet, counted, chosen, labelOf, onToggle, rerender) {
  const values = withChosen(facet.key, counted, chosen);
  const open = expanded.has(facet.key);
  const shown = open ? values : values.slice(0, SHOWN).concat(values.slice(SHOWN).filter((v) => chosen.includes(v.value)));
  return h('fieldset', { class: `facet facet-${facet.key}` },
    h('legend', {}, facet.label),
    values.length === 0 ? h('p', { class: 'facet-empty' }, '无') : null,
    h('ul', { class: 'facet-values' }, shown.map(({ value, count }, i) => {
      const id = `f-${facet.key}-${i}`;
      const label = labelOf(facet.key, value);
      return h('li', {},
        h('input', {
          type: 'checkbox', id, class: 'facet-input', checked: chosen.includes(value),
          'data-focus': `facet-${facet.key}-${value}`, 'data-facet': facet.key, value,
          on: { change: () => onToggle(facet.key, value) },
        }),
        h('label', { for: id, class: 'facet-label', title: label },
          h('span', { class: 'facet-name' }, label),
          h('span', { class: 'facet-count' }, formatCount(count))));
    })),
    values.length > SHOWN ? h('button', {
      type: 'button', class: 'link-button facet-more', 'aria-expanded': String(open),
      'data-focus': `more-${facet.key}`,
      on: {
        click: () => {
          if (open) expanded.delete(facet.key); else expanded.add(facet.key);
          rerender();
        },
      },
    }, open ? '收起' : `全部 ${values.length} 项`) : null);
}

/** The counted values plus any chosen value the counts lack (so it can still be unticked); years newest first. */
function withChosen(key, counted, chosen) {
  const values = [...counted];
  for (const value of chosen) {
    if (!values.some((v) => String(v.value) === value)) values.push({ value, count: 0 });
  }
  const normalised = values.map(({ value, count }) => ({ value: String(value), count }));
  if (key === 'year') normalised.sort((a, b) => b.value.localeCompare(a.value));
  return normalised;
}

/** One removable chip per chosen filter, and a clear-all button when there are several. */
export function renderChips(container, state, labelOf, onRemove, onClear) {
  const chosen = chosenFilters(state);
  fill(container,
    chosen.map((filter) => {
      const label = labelOf(filter.facet.key, filter.value);
      return h('li', {}, h('button', {
        type: 'button', class: 'chip', 'data-focus': `chip-${filter.facet.key}-${filter.value}`,
        'aria-label': `移除筛选 ${filter.facet.chip}：${label}`,
        on: { click: () => onRemove(filter) },
      }, h('span', { class: 'chip-kind' }, filter.facet.chip), h('span', { class: 'chip-value' }, label),
      h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×')));
    }),
    chosen.length > 1 ? h('li', {}, h('button', {
      type: 'button', class: 'link-button', 'data-focus': 'chips-clear', on: { click: onClear },
    }, '清除全部筛选')) : null);
  container.hidden = chosen.length === 0;
  return chosen.length;
}
