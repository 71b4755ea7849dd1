import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from './decode';
import type { Problem } from './problems';

/** A data file's text and its path relative to the data directory. */
export interface SourceFile {
  file: string;
  /** The decoded text, without a byte-order mark; empty when the bytes were refused. */
  text: string;
  /** Why the bytes could not be read as text (encoding, a spreadsheet renamed to .csv, …); absent when read. */
  problems?: Problem[];
}

export interface DataFiles {
  dataset: SourceFile | null;
  units: SourceFile | null;
  targets: SourceFile | null;
  /** results/*.csv in name order. */
  results: SourceFile[];
}

/** A file's bytes decoded once, in the one place that knows about encodings. */
export function sourceOf(file: string, bytes: Uint8Array): SourceFile {
  const { text, problems } = decodeBytes(file, bytes);
  return problems.length ? { file, text, problems } : { file, text };
}

async function readSource(dir: string, file: string): Promise<SourceFile> {
  return sourceOf(file, await readFile(path.join(dir, file)));
}

async function readOptional(dir: string, file: string): Promise<SourceFile | null> {
  try {
    return await readSource(dir, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** data/changelog.csv, the record of publications; null when the dataset keeps none. */
export const readChangelog = (dir: string): Promise<SourceFile | null> => readOptional(dir, 'changelog.csv');

/** Reads every file of the data contract from `dir`. The only place that touches data files. */
export async function readDataFiles(dir: string): Promise<DataFiles> {
  let names: string[] = [];
  try {
    names = (await readdir(path.join(dir, 'results'))).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const results = await Promise.all(names.map((n) => readSource(dir, `results/${n}`)));
  const [dataset, units, targets] = await Promise.all([
    readOptional(dir, 'dataset.json'),
    readOptional(dir, 'units.csv'),
    readOptional(dir, 'targets.csv'),
  ]);
  return { dataset, units, targets, results };
}
