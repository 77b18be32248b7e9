// Builds elements by construction: text goes in as text nodes, attributes through setAttribute.
// Nothing here turns data into markup; markedText below is the one door for server highlights.

/**
 * h('a', {href: url, class: 'x'}, 'text', child) → element. Attribute values are set with
 * setAttribute (null/false leave the attribute out, true sets it empty); `on` maps event names to
 * handlers; children are nodes or strings (made text nodes); arrays are flattened.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on') {
      for (const [type, handler] of Object.entries(value)) el.addEventListener(type, handler);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== null && value !== undefined && value !== false) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * The server's highlighted text (HTML-escaped, matches in <mark>) as a fragment of text nodes
 * and <mark> elements only. It is parsed in an inert <template> (nothing loads or runs there) and
 * rebuilt from text, so even markup the server failed to escape comes out as plain text.
 */
export function markedText(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      fragment.append(h('mark', {}, node.textContent));
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

/** 1234 → "1,234" in the page's locale. */
export function formatCount(n) {
  return Number(n).toLocaleString('zh-CN');
}
