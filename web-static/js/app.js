// The page controller: URL ⇄ state, requests, rendering, keyboard.
import * as api from './api.js';
import { h, fill, formatCount } from './dom.js';
import { parseState, toParams, pageHref, toggleValue, withoutFilter, sameSearch, emptyState } from './state.js';
import { renderHits, renderTask } from './results.js';
import { renderFacets, renderChips } from './facets.js';
import { renderLeaders, renderHistogram, renderExports } from './insights.js';
import { renderPager } from './pager.js';
import { alternatives, renderZero } from './zero.js';

const TYPING_DELAY_MS = 250;
const WIDE_SCREEN = '(min-width: 62rem)';

const $ = (id) => document.getElementById(id);
const view = {
  form: $('search-form'), q: $('q'), sort: $('sort'), fold: $('fold'), from: $('from'), to: $('to'),
  filters: $('filters'), filtersCount: $('filters-count'), facets: $('facets'),
  count: $('result-count'), chips: $('chips'), notice: $('notice'), results: $('results'), pager: $('pager'),
  leaders: $('leaders'), leadersNote: $('leaders-note'), histogram: $('histogram'),
  exports: $('exports'), exportNote: $('export-note'),
  dialog: $('task-dialog'), dialogBody: $('task-dialog-body'),
};

let state = parseState(location.search);
let inFlight = null; // the search on its way, cancelled by the next one
let taskInFlight = null;
let typingTimer = 0;
let typingEntry = false; // true while keystrokes replace the history entry the first one pushed
const docTitles = new Map();
// Document titles label the doc facet. The first results wait for them (the two requests run
// side by side) so the facets are not redrawn under the pointer; without them, ids are shown.
const titlesLoaded = api.documents().then((body) => {
  const docs = Array.isArray(body) ? body : body.documents ?? [];
  for (const doc of docs) docTitles.set(doc.docId, doc.docNumber ? `${doc.title}（${doc.docNumber}）` : doc.title);
}).catch(() => {});
let dialogOpener = null; // where focus returns when the task dialog closes
let taskEntryPushed = false; // the open task's history entry was pushed by this page

/** The text shown for a facet value: a document's title for a docId, the value itself otherwise. */
function labelOf(key, value) {
  if (key === 'doc') return docTitles.get(value) ?? value;
  if (key === 'year') return `${value}年`;
  return value;
}

// ---- history --------------------------------------------------------------------------------

/**
 * Moves to a new state: a choice pushes a history entry; typing pushes one at its first pause
 * and then replaces it, so Back skips the half-typed words. Searches only when the search changed
 * (opening a task changes the URL, not the results).
 */
function go(next, { typing = false } = {}) {
  const searchChanged = !sameSearch(next, state);
  state = next;
  const href = pageHref(state);
  if (href !== location.pathname + location.search) {
    if (typing && typingEntry) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
  }
  typingEntry = typing;
  syncControls();
  syncDialog();
  if (searchChanged) run();
}

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  taskEntryPushed = false;
  const next = parseState(location.search);
  const searchChanged = !sameSearch(next, state);
  state = next;
  syncControls();
  syncDialog();
  if (searchChanged) run();
});

function syncControls() {
  if (view.q.value !== state.q) view.q.value = state.q;
  view.sort.value = state.sort;
  view.fold.checked = state.fold;
  view.from.value = state.from;
  view.to.value = state.to;
  document.title = state.q.trim() ? `${state.q.trim()} · 政策任务检索` : '政策任务检索 · policy-search';
}

// ---- searching ------------------------------------------------------------------------------

async function run() {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const searched = state;
  setLoading(true);
  const leaders = api.leading(toParams(searched, 'all'), controller.signal).catch(() => null);
  try {
    const [result] = await Promise.all([api.search(toParams(searched), controller.signal), titlesLoaded]);
    if (controller.signal.aborted) return;
    showResult(searched, result);
    const ranking = await leaders;
    if (controller.signal.aborted) return;
    showLeaders(searched, ranking, result.total);
    if (result.total === 0) await explainZero(searched, controller.signal);
  } catch (error) {
    if (error.name !== 'AbortError') showError(searched, error);
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      setLoading(false);
    }
  }
}

function setLoading(loading) {
  document.body.classList.toggle('is-loading', loading);
  view.results.setAttribute('aria-busy', String(loading));
}

function showResult(searched, result) {
  view.notice.hidden = true;
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  view.count.replaceChildren(
    h('strong', {}, formatCount(result.total)), ' 项任务',
    result.total > result.size ? `，第 ${result.page} / ${formatCount(pages)} 页` : '',
    h('span', { class: 'took' }, ` · ${result.tookMs} 毫秒`));
  showFilters(searched, result);
  if (result.total === 0) fill(view.results);
  else renderHits(view.results, result.hits, { openTask, onlyDocument, taskHref: (task) => pageHref({ ...state, task }) });
  renderPager(view.pager, searched, result.total, pageHref, (next) => {
    go(next);
    view.results.focus({ preventScroll: true });
    view.results.scrollIntoView({ block: 'start' });
  });
  keepFocus(() => renderHistogram(view.histogram, result.facets?.year ?? [], searched.year,
    (year) => toggle('year', year)));
  renderExports(view.exports, view.exportNote, toParams(searched, 'export'), result.total);
}

/** The facet lists and the chips of chosen values. */
function showFilters(searched, result) {
  showChips(searched);
  keepFocus(() => renderFacets(view.facets, result.facets, searched, labelOf, toggle));
}

/** The chosen filters as chips (also after an error, so a bad filter can be taken off). */
function showChips(searched) {
  const chosen = keepFocus(() => renderChips(view.chips, searched, labelOf, (filter) => go(withoutFilter(state, filter)),
    () => go({ ...emptyState(), q: state.q, sort: state.sort, fold: state.fold })), view.q);
  view.filtersCount.textContent = chosen > 0 ? `（已选 ${chosen}）` : '';
}

function showLeaders(searched, ranking, total) {
  if (ranking === null) {
    fill(view.leaders);
    view.leadersNote.textContent = '暂时无法统计牵头单位。';
    return;
  }
  const count = keepFocus(() => renderLeaders(view.leaders, ranking, searched.lead, (agency) => toggle('lead', agency)));
  view.leadersNote.textContent = count > 0 ? '按牵头任务数排序；点击条形即按该单位筛选。'
    : total === 0 ? '没有匹配的任务。' : '匹配的任务中没有列明牵头单位。';
}

/** Counts each alternative (one filter or one clause fewer) and explains the empty result. */
async function explainZero(searched, signal) {
  const alts = alternatives(searched);
  const render = (counted) => renderZero(view.results, searched, counted, labelOf, pageHref, go);
  render([]);
  const counted = await Promise.all(alts.map((alt) =>
    api.search(toParams({ ...alt.state, size: 1 }), signal)
      .then((r) => ({ alt, total: r.total }), () => ({ alt, total: 0 }))));
  if (!signal.aborted) render(counted);
}

function showError(searched, error) {
  showChips(searched);
  const where = error.param ? `（参数 ${error.param}）` : '';
  fill(view.notice,
    h('strong', {}, error.status !== 400 ? '检索失败' : error.param === 'q' ? '检索式有误' : '请求有误'),
    h('span', { class: 'notice-message' }, `${error.message}${where}`));
  view.notice.hidden = false;
  view.count.textContent = '检索未完成';
  for (const el of [view.results, view.pager, view.facets, view.leaders, view.histogram, view.exports]) fill(el);
  view.exportNote.textContent = '';
  view.leadersNote.textContent = '';
}

// ---- choices --------------------------------------------------------------------------------

function toggle(key, value) {
  go(toggleValue(state, key, value));
}

function onlyDocument(docId) {
  go({ ...state, doc: [docId], page: 1, task: '' });
}

/** Shows a task in the dialog: its id goes in the URL, so a link can open it too. */
function openTask(taskId, opener) {
  dialogOpener = opener;
  taskEntryPushed = true;
  go({ ...state, task: taskId });
}

/** Opens, fills or closes the dialog to match state.task. */
function syncDialog() {
  if (!state.task) {
    if (view.dialog.open) view.dialog.close();
    return;
  }
  if (view.dialog.open && view.dialog.dataset.task === state.task) return;
  view.dialog.dataset.task = state.task;
  if (!view.dialog.open) view.dialog.showModal();
  loadTask(state.task);
}

async function loadTask(taskId) {
  taskInFlight?.abort();
  const controller = new AbortController();
  taskInFlight = controller;
  fill(view.dialogBody, h('p', { class: 'panel-note' }, '正在载入…'));
  try {
    renderTask(view.dialogBody, await api.task(taskId, controller.signal), { onlyDocument });
  } catch (error) {
    if (error.name !== 'AbortError') fill(view.dialogBody, h('p', { class: 'notice', role: 'alert' }, error.message));
  }
}

// Closed by the person (Escape, ×): leave the task's URL the way it came, by Back when opening
// pushed it, else by dropping the parameter from a link that arrived with it.
view.dialog.addEventListener('close', () => {
  delete view.dialog.dataset.task;
  dialogOpener?.focus();
  if (!state.task) return;
  if (taskEntryPushed) {
    taskEntryPushed = false;
    history.back();
  } else {
    state = { ...state, task: '' };
    history.replaceState(null, '', pageHref(state));
  }
});

/**
 * Re-renders without losing the keyboard: the focused control is found again by its data-focus
 * key, so ticking a facet with Space leaves focus on that checkbox; when it is gone (a removed
 * chip) focus moves to `fallback`.
 */
function keepFocus(render, fallback = null) {
  const key = document.activeElement?.dataset?.focus;
  const out = render();
  if (key !== undefined && !document.activeElement?.dataset?.focus) {
    const again = [...document.querySelectorAll('[data-focus]')].find((el) => el.dataset.focus === key);
    (again ?? fallback)?.focus();
  }
  return out;
}

// ---- wiring ---------------------------------------------------------------------------------

view.q.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => go({ ...state, q: view.q.value, page: 1 }, { typing: true }), TYPING_DELAY_MS);
});

view.form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  const next = { ...state, q: view.q.value, page: 1 };
  if (sameSearch(next, state)) typingEntry = false;
  else go(next);
  view.results.focus({ preventScroll: true });
});

view.sort.addEventListener('change', () => go({ ...state, sort: view.sort.value, page: 1 }));
view.fold.addEventListener('change', () => go({ ...state, fold: view.fold.checked, page: 1 }));
for (const bound of [view.from, view.to]) {
  bound.addEventListener('change', () => go({ ...state, from: view.from.value, to: view.to.value, page: 1 }));
}

$('home').addEventListener('click', (event) => {
  event.preventDefault();
  go(emptyState());
  view.q.focus();
});

// '/' jumps to the search box from anywhere but a text field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  event.preventDefault();
  view.q.focus();
  view.q.select();
});

// Facets stay open beside the results on a wide screen and fold behind "筛选" on a phone.
const wide = window.matchMedia(WIDE_SCREEN);
const placeFilters = () => { view.filters.open = wide.matches; };
wide.addEventListener('change', placeFilters);
placeFilters();

// A shared link may spell defaults out (page=1): show the short form without a new entry.
history.replaceState(null, '', pageHref(state));
syncControls();
syncDialog();
run();
