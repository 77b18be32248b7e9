// When nothing matches: say what was searched, how the query was split, and what to try instead.
import { h, fill, formatCount } from './dom.js';
import { splitQuery, queryWithout, describeClause } from './query.js';
import { chosenFilters, withoutFilter } from './state.js';

const MAX_SUGGESTIONS = 6;

/**
 * The alternatives worth counting: the search without each filter, and without each clause.
 * Returns [{label, state}].
 */
export function alternatives(state) {
  const clauses = splitQuery(state.q);
  const fromFilters = chosenFilters(state).map((filter) => ({
    filter, label: null, state: withoutFilter(state, filter),
  }));
  const fromClauses = clauses.length > 1
    ? clauses.map((c, i) => ({ clause: c, state: { ...state, q: queryWithout(clauses, i), page: 1 } }))
      .filter((alt) => alt.clause.kind !== 'or')
    : [];
  return [...fromFilters, ...fromClauses].slice(0, MAX_SUGGESTIONS);
}

/**
 * Renders the explanation. `counted` holds [{alt, total}] for alternatives already counted by the
 * API (those with results first); `labelOf` names filter values; `hrefOf(state)` and `go(state)`
 * link to an alternative.
 */
export function renderZero(container, state, counted, labelOf, hrefOf, go) {
  const clauses = splitQuery(state.q);
  const filters = chosenFilters(state);
  const useful = counted.filter(({ total }) => total > 0).sort((a, b) => b.total - a.total);
  fill(container, h('section', { class: 'zero', 'aria-labelledby': 'zero-title' },
    h('h2', { id: 'zero-title' }, state.q.trim() ? `没有找到与「${state.q.trim()}」匹配的任务` : '没有符合筛选条件的任务'),
    clauses.length > 0 ? h('div', { class: 'zero-part' },
      h('p', {}, clauses.length > 1 ? `检索式被拆为 ${clauses.length} 部分，任务须同时满足（OR 连接的任一即可）：` : '检索词：'),
      h('ul', { class: 'clauses' }, clauses.map((c) => h('li', { class: `clause clause-${c.kind}` }, describeClause(c))))) : null,
    filters.length > 0 ? h('div', { class: 'zero-part' },
      h('p', {}, '同时生效的筛选：'),
      h('ul', { class: 'clauses' }, filters.map((f) => h('li', { class: 'clause' },
        `${f.facet.chip}：${labelOf(f.facet.key, f.value)}`)))) : null,
    h('div', { class: 'zero-part' },
      h('p', {}, useful.length > 0 ? '可以试试：' : tips(clauses, filters)),
      useful.length > 0 ? h('ul', { class: 'suggestions' }, useful.map(({ alt, total }) => h('li', {},
        h('a', {
          href: hrefOf(alt.state),
          on: { click: (event) => { event.preventDefault(); go(alt.state); } },
        }, alt.filter ? `去掉筛选「${alt.filter.facet.chip}：${labelOf(alt.filter.facet.key, alt.filter.value)}」`
          : `去掉${describeClause(alt.clause)}`),
        h('span', { class: 'suggestion-count' }, ` → ${formatCount(total)} 项任务`)))) : null)));
}

function tips(clauses, filters) {
  if (filters.length > 0) return '试着去掉一个筛选条件，或换一个更短的词。';
  if (clauses.length > 1) return '试着减少词语，或用 OR 连接近义词（如 扶贫 OR 脱贫）。';
  return '试着换一个同义词、较短的词，或检查是否有错别字。';
}
