/**
 * Writes an SVG element tree as markup with every text and attribute value
 * escaped, so that names from the data (tick labels, titles) can only ever
 * be text. linkedom's outerHTML leaves "&" and "<" raw in attribute values,
 * which turns a literal "&amp;" in a name into "&" on the page.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text content, escaped for XML. */
export const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => ENTITIES[c]!);
/** An attribute value in double quotes, escaped for XML. */
export const escapeAttribute = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

// Elements and attributes that would run script or need an inline-style exception in the page's CSP.
const FORBIDDEN_ELEMENT = /^(script|style|foreignobject|iframe|object|embed)$/i;
const FORBIDDEN_ATTRIBUTE = /^(on.*|style)$/i;
const NAME = /^[A-Za-z][\w:.-]*$/;

/** Markup of `el` and its descendants; throws on anything but elements and text. */
export function serializeSvg(el: Element): string {
  const name = el.localName;
  if (!NAME.test(name) || FORBIDDEN_ELEMENT.test(name)) throw new Error(`serializeSvg: <${name}> is not allowed`);
  let out = `<${name}`;
  for (const { name: attr, value } of [...el.attributes]) {
    if (!NAME.test(attr) || FORBIDDEN_ATTRIBUTE.test(attr)) {
      throw new Error(`serializeSvg: attribute ${attr} on <${name}> is not allowed`);
    }
    if (/^(href|xlink:href)$/i.test(attr) && !value.startsWith('#')) {
      throw new Error(`serializeSvg: <${name}> links outside the chart (${attr}="${value}")`);
    }
    out += ` ${attr}="${escapeAttribute(value)}"`;
  }
  if (el.childNodes.length === 0) return `${out} />`;
  out += '>';
  for (const child of el.childNodes) {
    if (child.nodeType === 1) out += serializeSvg(child as Element);
    else if (child.nodeType === 3) out += escapeText(child.textContent ?? '');
    else throw new Error(`serializeSvg: unexpected node of type ${child.nodeType} in <${name}>`);
  }
  return `${out}</${name}>`;
}
