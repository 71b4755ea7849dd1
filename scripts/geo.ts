/**
 * `npm run geo -- <provinces.topojson> <merger.csv>`: regenerates
 * src/lib/geo/provinces-63.topo.json from the geoBoundaries topology of the
 * 63 provinces and the merger table (shared reference files, not in the
 * repository). Deterministic: the same files give the same bytes.
 * See src/lib/geo/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { type MergerRow, prepareTopology } from './geo/prepare';

export const OUTPUT = path.resolve('src/lib/geo/provinces-63.topo.json');

const [topologyFile, mergerFile] = process.argv.slice(2);
if (!topologyFile || !mergerFile) {
  console.error('usage: npm run geo -- <vnm-provinces-2016.topojson> <provinces-2025-merger.csv>');
  process.exit(2);
}

const source = JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology;
const parsed = Papa.parse<Record<string, string>>(readFileSync(mergerFile, 'utf8').replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
});
if (parsed.errors.length) throw new Error(`${mergerFile}: ${parsed.errors.map((e) => e.message).join('; ')}`);
const merger: MergerRow[] = parsed.data.map((r) => ({
  oldCode: r.old_code ?? '',
  oldName: r.old_name ?? '',
  newCode: r.new_code ?? '',
  newName: r.new_name ?? '',
}));

const prepared = prepareTopology(source, merger);
const text = `${JSON.stringify(prepared)}\n`;
writeFileSync(OUTPUT, text);
console.log(
  `${path.relative(process.cwd(), OUTPUT)}: ${prepared.objects.provinces.geometries.length} provinces, ` +
    `${prepared.arcs.length} arcs, ${(text.length / 1024).toFixed(1)} kB`,
);
