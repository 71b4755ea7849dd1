/**
 * Helpers for the chart tests. Golden files are compared with vitest's
 * `toMatchFileSnapshot`, after `snapshotSvg` puts each tag on its own line so
 * that a diff points at the element that changed.
 */

/** Breaks lines between elements (never inside <text>, where a newline between tspans would render). */
export function snapshotSvg(svg: string): string {
  return `${svg.replace(/>(?=<(?!\/?tspan|\/text))/g, '>\n')}\n`;
}

/** The text of every <text> element, in document order (tspans joined). */
export function textsOf(svg: string): string[] {
  // A <title> inside a text is its tooltip (the full name), not what the chart shows.
  const shown = (inner: string) => inner.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, '');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => shown(m[1] ?? ''));
}

/** Every id="…" defined in the markup. */
export function idsOf(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** <text> elements placed by translate(x,y), top to bottom, as [y, text]. */
export function textsByRow(svg: string): [number, string][] {
  const rows = [
    ...svg.matchAll(
      /<text\b[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]*)(?:<title>[^<]*<\/title>\s*)?<\/text>/g,
    ),
  ];
  return rows.map((m): [number, string] => [Number(m[1]), m[2] ?? '']).sort((a, b) => a[0] - b[0]);
}
