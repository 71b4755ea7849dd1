import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A data file's text and its path relative to the data directory. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface DataFiles {
  dataset: SourceFile | null;
  units: SourceFile | null;
  targets: SourceFile | null;
  /** results/*.csv in name order. */
  results: SourceFile[];
}

async function readOptional(dir: string, file: string): Promise<SourceFile | null> {
  try {
    return { file, text: await readFile(path.join(dir, file), 'utf8') };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Reads every file of the data contract from `dir`. The only place that touches data files. */
export async function readDataFiles(dir: string): Promise<DataFiles> {
  const resultsDir = path.join(dir, 'results');
  let names: string[] = [];
  try {
    names = (await readdir(resultsDir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const results = await Promise.all(
    names.map(async (n) => ({ file: `results/${n}`, text: await readFile(path.join(resultsDir, n), 'utf8') })),
  );
  const [dataset, units, targets] = await Promise.all([
    readOptional(dir, 'dataset.json'),
    readOptional(dir, 'units.csv'),
    readOptional(dir, 'targets.csv'),
  ]);
  return { dataset, units, targets, results };
}
