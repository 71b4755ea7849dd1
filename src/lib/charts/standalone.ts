/**
 * A chart's SVG as a file of its own: the page's inline SVG takes its font and
 * text colour from the page (font-family="inherit", currentColor); a file,
 * and resvg drawing its PNG, need them written on the root element.
 */
import { FONT_FAMILY } from './raster-font';

const INK = '#1a1a1a';

/** The inline chart `svg` as a standalone SVG document. */
export function standaloneSvg(svg: string): string {
  if (!svg.startsWith('<svg ')) throw new Error('standaloneSvg: not an <svg> element');
  const root = svg.slice(0, svg.indexOf('>'));
  const rest = svg.slice(root.length);
  const attrs = root
    .slice('<svg '.length)
    .replace(/ ?font-family="inherit"/, '')
    .replace(/ ?color="[^"]*"/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs} font-family="${FONT_FAMILY}, system-ui, sans-serif" color="${INK}"${rest}\n`;
}
