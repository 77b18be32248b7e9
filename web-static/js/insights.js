// The side panels: who leads the matching tasks, when they were issued, and exports.
import { h, fill, formatCount } from './dom.js';
import { exportUrl } from './api.js';

const LEADERS_SHOWN = 10;
const HISTOGRAM_MAX_GAP = 40;

/**
 * Agencies ranked by tasks led, as bars scaled to the first; each bar is a button that adds (or
 * removes) a lead filter on the agency's canonical name.
 */
export function renderLeaders(list, ranking, chosenLeads, onPick) {
  const leaders = ranking.filter((r) => r.leadTasks > 0).slice(0, LEADERS_SHOWN);
  const most = Math.max(1, ...leaders.map((r) => r.leadTasks));
  fill(list, leaders.map((r) => {
    const filter = r.canonical || r.agency;
    const chosen = chosenLeads.includes(filter);
    const fillBar = h('span', { class: 'leader-fill' });
    fillBar.style.width = `${(100 * r.leadTasks) / most}%`;
    const cooperating = r.cooperatingTasks > 0 ? ` · 配合 ${formatCount(r.cooperatingTasks)}` : '';
    return h('li', {}, h('button', {
      type: 'button', class: 'leader', 'aria-pressed': String(chosen), 'data-focus': `leader-${filter}`,
      'aria-label': `${r.agency}：牵头 ${r.leadTasks} 项${cooperating}，占 ${percent(r.share)}。${chosen ? '取消' : ''}按此单位筛选`,
      title: filter !== r.agency ? `规范名称：${filter}` : null,
      on: { click: () => onPick(filter) },
    },
    h('span', { class: 'leader-name' }, r.agency),
    h('span', { class: 'leader-figures' }, `${formatCount(r.leadTasks)} 项${cooperating}`),
    h('span', { class: 'leader-bar', 'aria-hidden': 'true' }, fillBar)));
  }));
  return leaders.length;
}

function percent(share) {
  return `${Math.round((share ?? 0) * 1000) / 10}%`;
}

/**
 * A column per year from the year facet (gaps filled with empty years so time reads evenly);
 * each column is a button toggling that year.
 */
export function renderHistogram(container, yearFacet, chosenYears, onPick) {
  const counts = new Map(yearFacet.filter(({ count }) => count > 0).map(({ value, count }) => [Number(value), count]));
  const years = [...counts.keys()].filter(Number.isInteger).sort((a, b) => a - b);
  if (years.length === 0) {
    fill(container, h('p', { class: 'panel-note' }, '没有匹配的任务。'));
    return;
  }
  const first = years[0];
  const last = years[years.length - 1];
  const span = last - first <= HISTOGRAM_MAX_GAP
    ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
    : years;
  const most = Math.max(1, ...counts.values());
  fill(container, h('ol', { class: 'histogram-bars', 'aria-label': '各年份的匹配任务数' },
    span.map((year) => {
      const count = counts.get(year) ?? 0;
      const chosen = chosenYears.includes(String(year));
      const bar = h('span', { class: 'histogram-bar' });
      bar.style.height = `${(100 * count) / most}%`;
      return h('li', { class: 'histogram-column' }, h('button', {
        type: 'button', class: 'histogram-button', 'aria-pressed': String(chosen),
        'data-focus': `year-${year}`, disabled: count === 0 && !chosen,
        'aria-label': `${year} 年：${count} 项任务`, title: `${year} 年：${count} 项任务`,
        on: { click: () => onPick(String(year)) },
      },
      h('span', { class: 'histogram-count', 'aria-hidden': 'true' }, count > 0 ? formatCount(count) : ''),
      h('span', { class: 'histogram-track', 'aria-hidden': 'true' }, bar),
      h('span', { class: 'histogram-year', 'aria-hidden': 'true' }, String(year))));
    })));
}

const EXPORTS = Object.freeze([
  { format: 'csv', label: 'CSV', hint: 'UTF-8，逗号分隔' },
  { format: 'excel', label: 'Excel CSV', hint: '带 BOM，Excel 直接打开' },
  { format: 'jsonl', label: 'JSONL', hint: '每行一项任务' },
]);

/** Links exporting every task of the current search (all pages). */
export function renderExports(list, note, params, total) {
  if (total === 0) {
    note.textContent = '没有可导出的任务。';
    fill(list);
    return;
  }
  note.textContent = `当前检索的全部 ${formatCount(total)} 项任务（不分页）。`;
  // The server names the file (Content-Disposition); `download` only keeps the page in place.
  fill(list, EXPORTS.map(({ format, label, hint }) => h('li', {},
    h('a', { class: 'export-link', href: exportUrl(params, format), download: true, 'data-format': format },
      h('span', { class: 'export-label' }, label), h('span', { class: 'export-hint' }, hint)))));
}
