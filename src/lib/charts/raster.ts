/**
 * SVG to PNG at build time with resvg (@resvg/resvg-js), in the font the
 * cards name: Be Vietnam Pro, read from its npm package as TTF (resvg reads
 * TTF/OTF, not the WOFF that @fontsource ships). No system font is loaded, so
 * a PNG has the same bytes on every machine.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY } from './raster-font';

// Resolved from the project root: the build bundles this module elsewhere, but always runs from the root.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_FILES = ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${f}`),
);

const OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: FONT_FILES,
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  background: '#ffffff',
  logLevel: 'off',
};

/** A PNG of `svg`, `scale` times its own size (2 gives a sharp chart on a phone). */
export async function rasterise(svg: string, scale = 1): Promise<Buffer> {
  const image = await renderAsync(svg, { ...OPTIONS, fitTo: { mode: 'zoom', value: scale } });
  return image.asPng();
}

/** Width and height from a PNG's header (its IHDR chunk), or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
