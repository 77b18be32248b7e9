// Splits a query the way SPEC §4 reads it, to explain a search that found nothing and to offer
// the same search with one part removed. The server stays the authority on matching.

const FIELDS = Object.freeze({ title: '标题', lead: '牵头单位', agency: '涉及单位', year: '年份' });

// One clause: an optional '-', an optional 'field:', then a "quoted phrase" or a bare word.
// e.g. -"乡村振兴" · lead:发展改革委 · title:"脱贫攻坚" · OR
const CLAUSE = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|([^\s"]+))/gy;
const SPACE = /[\s\u3000]+/y;

/** The clauses of a query: [{raw, kind, text, field, fieldLabel}], kind one of term, phrase, exclude, or, field. */
export function splitQuery(query) {
  const clauses = [];
  let at = 0;
  while (at < query.length) {
    SPACE.lastIndex = at;
    if (SPACE.test(query)) {
      at = SPACE.lastIndex;
      continue;
    }
    CLAUSE.lastIndex = at;
    const match = CLAUSE.exec(query);
    if (match === null || CLAUSE.lastIndex === at) {
      clauses.push(clause(query.slice(at), '', undefined, query.slice(at), undefined));
      break;
    }
    const [raw, minus, field, phrase, word] = match;
    clauses.push(clause(raw, minus, field, phrase, word));
    at = CLAUSE.lastIndex;
  }
  return clauses;
}

function clause(raw, minus, field, phrase, word) {
  const text = phrase ?? word ?? '';
  const known = field !== undefined && Object.hasOwn(FIELDS, field);
  let kind = phrase !== undefined ? 'phrase' : 'term';
  if (raw === 'OR') kind = 'or';
  else if (minus === '-') kind = 'exclude';
  else if (known) kind = 'field';
  return {
    raw,
    kind,
    text: known || field === undefined ? text : `${field}:${text}`,
    field: known ? field : undefined,
    fieldLabel: known ? FIELDS[field] : undefined,
  };
}

/** The query without the clause at index i (and without an OR left dangling beside it). */
export function queryWithout(clauses, i) {
  const kept = clauses.filter((_, j) => j !== i);
  const tidy = kept.filter((c, j) => c.kind !== 'or' || (j > 0 && j < kept.length - 1
    && kept[j - 1].kind !== 'or' && kept[j + 1].kind !== 'or'));
  return tidy.map((c) => c.raw).join(' ');
}

/** How a clause reads to a person, e.g. 排除「扶贫」. */
export function describeClause(c) {
  switch (c.kind) {
    case 'phrase': return `短语「${c.text}」`;
    case 'exclude': return `排除「${c.text}」`;
    case 'or': return '或（OR）';
    case 'field': return `${c.fieldLabel}：「${c.text}」`;
    default: return `「${c.text}」`;
  }
}
