/**
 * The smallest document Plot can draw into at build time: elements, text and
 * attributes, nothing else (no events, selectors, styles or parsing). Plot
 * only creates and appends elements in the document it is given, and
 * renderSvg only reads them back; linkedom, which drew the charts before,
 * keeps a full DOM (an event-listener map and an Attr node per attribute)
 * whose allocations were most of a chart's cost.
 *
 * Attributes read back as linkedom lists them, newest first and a changed
 * value in its place, so the markup keeps its bytes.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

type Child = LeanElement | LeanText;

class LeanText {
  readonly nodeType = 3;
  parentNode: LeanElement | null = null;
  constructor(
    readonly ownerDocument: LeanDocument,
    public textContent: string,
  ) {}
}

class LeanElement {
  readonly nodeType = 1;
  parentNode: LeanElement | null = null;
  readonly childNodes: Child[] = [];
  /** In the order set; read back newest first (see `attributes`). */
  readonly #attributes = new Map<string, string>();
  /** Plot assigns inline styles only to what it wraps in a figure, which these charts never are. */
  readonly style: Record<string, string> = {};

  constructor(
    readonly ownerDocument: LeanDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {}

  get tagName(): string {
    return this.namespaceURI === XHTML ? this.localName.toUpperCase() : this.localName;
  }

  get attributes(): { name: string; value: string }[] {
    return [...this.#attributes].reverse().map(([name, value]) => ({ name, value }));
  }
  getAttribute(name: string): string | null {
    return this.#attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.#attributes.has(name);
  }
  setAttribute(name: string, value: unknown): void {
    this.#attributes.set(name, String(value));
  }
  setAttributeNS(_namespace: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  removeAttribute(name: string): void {
    this.#attributes.delete(name);
  }

  get children(): LeanElement[] {
    return this.childNodes.filter((c): c is LeanElement => c.nodeType === 1);
  }
  get firstChild(): Child | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): Child | null {
    return this.childNodes.at(-1) ?? null;
  }
  get nextSibling(): Child | null {
    const siblings = this.parentNode?.childNodes;
    return siblings?.[siblings.indexOf(this) + 1] ?? null;
  }

  insertBefore<T extends Child>(node: T, before: Child | null | undefined): T {
    node.parentNode?.removeChild(node);
    const at = before ? this.childNodes.indexOf(before) : -1;
    if (at < 0) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }
  appendChild<T extends Child>(node: T): T {
    return this.insertBefore(node, null);
  }
  removeChild<T extends Child>(node: T): T {
    const at = this.childNodes.indexOf(node);
    if (at < 0) throw new Error('removeChild: not a child of this element');
    this.childNodes.splice(at, 1);
    node.parentNode = null;
    return node;
  }
  append(...nodes: (Child | string)[]): void {
    for (const node of nodes) this.appendChild(this.#node(node));
  }
  prepend(...nodes: (Child | string)[]): void {
    const first = this.firstChild;
    for (const node of nodes) this.insertBefore(this.#node(node), first);
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: unknown) {
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes.length = 0;
    // As in the DOM (and linkedom): an empty text leaves no text node, so the element is written empty.
    if (text !== null && text !== undefined && text !== '')
      this.appendChild(new LeanText(this.ownerDocument, String(text)));
  }

  #node(node: Child | string): Child {
    return typeof node === 'string' ? new LeanText(this.ownerDocument, node) : node;
  }
}

class LeanDocument {
  readonly documentElement: LeanElement = new LeanElement(this, XHTML, 'html');
  createElementNS(namespace: string | null, name: string): LeanElement {
    return new LeanElement(this, namespace ?? XHTML, name);
  }
  createElement(name: string): LeanElement {
    return new LeanElement(this, XHTML, name.toLowerCase());
  }
  createTextNode(text: string): LeanText {
    return new LeanText(this, String(text));
  }
}

/** A new lean document, typed as the DOM's for Plot's `document` option. */
export const leanDocument = (): Document => new LeanDocument() as unknown as Document;
