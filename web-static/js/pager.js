// Page links: real URLs (so they open in a new tab too), intercepted to stay in the page.
import { h, fill } from './dom.js';

const NEIGHBOURS = 2; // page links shown either side of the current one
// SPEC §4: page × size may not pass 10000, so no link leads past it.
const MAX_RESULT_WINDOW = 10000;

export function renderPager(nav, state, total, hrefOf, go) {
  const pages = Math.min(Math.ceil(total / state.size), Math.floor(MAX_RESULT_WINDOW / state.size));
  if (pages <= 1) {
    fill(nav);
    return;
  }
  const current = Math.min(state.page, pages);
  const link = (page, text, extra = {}) => h('a', {
    href: hrefOf({ ...state, page }), class: 'page-link', 'data-focus': `page-${text}`, ...extra,
    on: { click: (event) => { event.preventDefault(); go({ ...state, page }); } },
  }, text);
  const numbers = [];
  for (let page = 1; page <= pages; page += 1) {
    const nearby = Math.abs(page - current) <= NEIGHBOURS || page === 1 || page === pages;
    if (nearby) {
      numbers.push(page === current
        ? h('span', { class: 'page-link page-current', 'aria-current': 'page' }, String(page))
        : link(page, String(page), { 'aria-label': `第 ${page} 页` }));
    } else if (numbers.at(-1)?.className !== 'page-gap') {
      numbers.push(h('span', { class: 'page-gap', 'aria-hidden': 'true' }, '…'));
    }
  }
  fill(nav,
    current > 1 ? link(current - 1, '上一页', { rel: 'prev' }) : null,
    numbers,
    current < pages ? link(current + 1, '下一页', { rel: 'next' }) : null);
}
