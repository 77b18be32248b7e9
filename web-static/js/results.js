// One result card per hit, and the task detail dialog. Only titleHtml and snippetHtml pass
// through markedText; every other field is text.
import { h, fill, markedText } from './dom.js';
import { taskUrl, documentUrl } from './api.js';

const ROLES = Object.freeze([
  { key: 'lead', label: '牵头', written: 'leadAgencies', canonical: 'leadCanonical' },
  { key: 'cooperating', label: '配合', written: 'cooperatingAgencies', canonical: 'cooperatingCanonical' },
  { key: 'implementing', label: '落实', written: 'implementingAgencies', canonical: 'implementingCanonical' },
]);
const AGENCIES_SHOWN = 6;
const REGION_PREFIX = /^自治区/;

/**
 * Renders a page of hits. `actions.openTask(taskId, opener)` shows a task in the page and
 * `actions.taskHref(taskId)` is the page's URL showing it (for a new tab);
 * `actions.onlyDocument(docId)` filters to one document.
 */
export function renderHits(container, hits, actions) {
  fill(container, h('ol', { class: 'hits' }, hits.map((hit) => h('li', {}, hitCard(hit, actions)))));
}

function hitCard(hit, actions) {
  const titleId = `hit-${hit.taskId}`;
  const title = hit.titleHtml ? markedText(hit.titleHtml) : `第 ${hit.taskNumber} 项任务`;
  return h('article', { class: 'hit', 'aria-labelledby': titleId, 'data-task-id': hit.taskId },
    h('div', { class: 'hit-head' },
      h('span', { class: 'hit-label', title: `任务编号 ${hit.taskNumber}` }, hit.taskLabel || String(hit.taskNumber)),
      h('h3', { class: 'hit-title', id: titleId },
        h('a', { href: actions.taskHref(hit.taskId), class: 'task-link', on: { click: openTask(hit.taskId, actions) } }, title))),
    hit.section ? h('p', { class: 'hit-section' }, hit.section) : null,
    hit.snippetHtml ? h('p', { class: 'hit-snippet' }, markedText(hit.snippetHtml)) : null,
    roleList(hit),
    h('p', { class: 'hit-doc' },
      h('a', { href: documentUrl(hit.docId), class: 'doc-link' }, hit.docTitle || hit.sourceFile || hit.docId),
      docFacts(hit).map((fact) => h('span', { class: 'fact' }, fact)),
      h('button', {
        type: 'button', class: 'link-button', 'aria-label': `只看文件：${hit.docTitle || hit.docId}`,
        on: { click: () => actions.onlyDocument(hit.docId) },
      }, '只看本文件')));
}

function openTask(taskId, actions) {
  return (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    actions.openTask(taskId, event.currentTarget);
  };
}

/** 文号, date (or year), region: what identifies a document at a glance. */
function docFacts(record) {
  return [record.docNumber, record.date ?? (record.year ? `${record.year}年` : null), record.region]
    .filter((fact) => fact);
}

function roleList(record, { whole = false } = {}) {
  const present = ROLES.filter((role) => (record[role.written] ?? []).length > 0);
  if (present.length === 0) return h('p', { class: 'roles roles-none' }, '未列明责任单位');
  return h('dl', { class: 'roles' }, present.map((role) => {
    const names = record[role.written].map((name, i) => ({ name, canonical: record[role.canonical]?.[i] }));
    const list = h('ul', { class: 'agencies' });
    const show = (shown) => fill(list, shown.map(({ name, canonical }) => {
      const renamed = isRenamed(name, canonical);
      return h('li', { class: 'agency', title: renamed ? `规范名称：${canonical}` : null },
        name, whole && renamed ? h('span', { class: 'canonical' }, `（规范名称 ${canonical}）`) : null);
    }));
    show(whole ? names : names.slice(0, AGENCIES_SHOWN));
    const rest = names.length - AGENCIES_SHOWN;
    const more = !whole && rest > 0 ? h('button', {
      type: 'button', class: 'link-button more-agencies', 'aria-label': `显示其余 ${rest} 个${role.label}单位`,
      on: {
        click: (event) => {
          show(names);
          event.currentTarget.remove();
          list.setAttribute('tabindex', '-1');
          list.focus();
        },
      },
    }, `等 ${names.length} 个`) : null;
    return h('div', { class: `role role-${role.key}` }, h('dt', {}, role.label), h('dd', {}, list, more));
  }));
}

/**
 * Whether the registry's name says more than the written one with its region spelt out
 * (自治区财政厅 → 宁夏回族自治区财政厅 does not; 农牧厅 → 农业农村厅 does).
 */
function isRenamed(name, canonical) {
  return Boolean(canonical) && !canonical.endsWith(name.replace(REGION_PREFIX, ''));
}

/** Fills the dialog with one whole task (from GET /api/tasks/{id}). */
export function renderTask(body, task, actions) {
  const titleText = task.title || `第 ${task.taskNumber} 项任务`;
  fill(body,
    h('p', { class: 'dialog-kicker' }, `${task.taskLabel || task.taskNumber} · ${task.section || '未分节'}`),
    h('h2', { id: 'task-dialog-title' }, titleText),
    h('p', { class: 'dialog-text' }, task.text),
    roleList(task, { whole: true }),
    h('p', { class: 'hit-doc' },
      h('a', { href: documentUrl(task.docId), class: 'doc-link' }, task.docTitle || task.docId),
      docFacts(task).map((fact) => h('span', { class: 'fact' }, fact))),
    h('p', { class: 'dialog-actions' },
      h('button', { type: 'button', class: 'button', on: { click: () => actions.onlyDocument(task.docId) } },
        '只看本文件的任务'),
      h('a', { class: 'button button-quiet', href: taskUrl(task.taskId) }, 'JSON'),
      task.sourceFile ? h('span', { class: 'fact' }, `来源文件 ${task.sourceFile}`) : null));
}
