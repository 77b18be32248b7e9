// The whole page state lives in the URL: these functions are the only translation between the two.

/** Facet dimensions, in the order the page shows them; each is a repeatable URL parameter. */
export const FACETS = Object.freeze([
  { key: 'lead', label: '牵头单位', chip: '牵头' },
  { key: 'agency', label: '涉及单位（任一角色）', chip: '涉及' },
  { key: 'year', label: '年份', chip: '年份' },
  { key: 'doc', label: '文件', chip: '文件' },
  { key: 'region', label: '地区', chip: '地区' },
]);

export const PAGE_SIZE = 20;
const SORTS = ['relevance', 'date'];
const FOLD_SUCCESSOR = 'successor';

/** A fresh state with nothing searched and nothing chosen. */
export function emptyState() {
  const state = { q: '', from: '', to: '', page: 1, size: PAGE_SIZE, sort: SORTS[0], fold: false, task: '' };
  for (const { key } of FACETS) state[key] = [];
  return state;
}

/** Reads a state from a query string (location.search or URLSearchParams). */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = params.get('q') ?? '';
  state.from = params.get('from') ?? '';
  state.to = params.get('to') ?? '';
  state.page = positiveInt(params.get('page'), 1);
  state.size = positiveInt(params.get('size'), PAGE_SIZE);
  state.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : SORTS[0];
  state.fold = params.get('fold') === FOLD_SUCCESSOR;
  state.task = params.get('task') ?? '';
  for (const { key } of FACETS) state[key] = unique(params.getAll(key).filter((v) => v !== ''));
  return state;
}

function positiveInt(text, fallback) {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function unique(values) {
  return [...new Set(values)];
}

/**
 * The state as URL parameters, defaults left out so shared links stay short. `scope` keeps what
 * the target takes: 'url' everything (the task shown in the dialog too), 'search' what
 * /api/search takes, 'export' that without paging, 'all' that without sort (who-leads).
 */
export function toParams(state, scope = 'search') {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const { key } of FACETS) for (const value of state[key]) params.append(key, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.fold) params.set('fold', FOLD_SUCCESSOR);
  if (scope !== 'all' && state.sort !== SORTS[0]) params.set('sort', state.sort);
  if (scope === 'search' || scope === 'url') {
    if (state.page !== 1) params.set('page', String(state.page));
    if (state.size !== PAGE_SIZE) params.set('size', String(state.size));
  }
  if (scope === 'url' && state.task) params.set('task', state.task);
  return params;
}

/** The page's own URL for a state (what the address bar shows and links share). */
export function pageHref(state) {
  const query = toParams(state, 'url').toString();
  return query === '' ? location.pathname : `${location.pathname}?${query}`;
}

/** A copy of the state with one facet value switched on or off; any change of filter returns to page 1. */
export function toggleValue(state, key, value) {
  const values = state[key].includes(value)
    ? state[key].filter((v) => v !== value)
    : [...state[key], value];
  return { ...state, [key]: values, page: 1 };
}

/** Every chosen filter, for chips and for zero-result suggestions. */
export function chosenFilters(state) {
  const chosen = FACETS.flatMap((facet) => state[facet.key].map((value) => ({ facet, value })));
  if (state.from) chosen.push({ facet: { key: 'from', chip: '发布自' }, value: state.from });
  if (state.to) chosen.push({ facet: { key: 'to', chip: '发布至' }, value: state.to });
  return chosen;
}

/** A copy of the state without one chosen filter (from chosenFilters). */
export function withoutFilter(state, { facet, value }) {
  if (facet.key === 'from' || facet.key === 'to') return { ...state, [facet.key]: '', page: 1 };
  return { ...state, [facet.key]: state[facet.key].filter((v) => v !== value), page: 1 };
}

/** Whether two states ask the API the same (they may differ in the task the dialog shows). */
export function sameSearch(a, b) {
  return toParams(a).toString() === toParams(b).toString();
}
