import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from './decode';
import { error, type Problem } from './problems';

/** A data file's text and its path relative to the data directory. */
export interface SourceFile {
  file: string;
  /** The decoded text in Unicode NFC, without a byte-order mark; empty when the bytes were refused. */
  text: string;
  /** Why the bytes could not be read as text (encoding, a spreadsheet renamed to .csv, …); absent when read. */
  problems?: Problem[];
}

export interface DataFiles {
  dataset: SourceFile | null;
  units: SourceFile | null;
  targets: SourceFile | null;
  /**
   * Every file in results/ in name order, except hidden ones (.gitkeep, .DS_Store): a file not named
   * YYYY.csv is listed unread, so that validation says why it is not used instead of ignoring it.
   */
  results: SourceFile[];
}

/**
 * What NFC can change in Latin text: combining marks (the tone and vowel marks
 * of NFD Vietnamese) and the few singletons (Ω, K, Å signs, CJK compatibility
 * ideographs). Testing for them first is twice as fast as normalising text
 * that is already NFC (7 against 14 ms for 1,8 million characters).
 */
const DECOMPOSED = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u2126\u212a\u212b\uf900-\ufaff]/;

/**
 * A file's bytes decoded once, in the one place that knows about encodings.
 * Text is normalised to NFC: a name saved in decomposed form (NFD, as some
 * Mac and Windows tools write it) is the same name, the same page address.
 */
export function sourceOf(file: string, bytes: Uint8Array): SourceFile {
  const { text, problems } = decodeBytes(file, bytes);
  const nfc = DECOMPOSED.test(text) ? text.normalize('NFC') : text;
  return problems.length ? { file, text: nfc, problems } : { file, text: nfc };
}

/** A path of the data contract that exists but is no file (a folder, a link to nothing). */
function notAFile(file: string, what: 'folder' | 'broken-link'): SourceFile {
  const is =
    what === 'folder'
      ? { vi: 'là một thư mục, không phải tệp', en: 'is a folder, not a file' }
      : { vi: 'là một liên kết trỏ tới tệp không tồn tại', en: 'is a link to a file that does not exist' };
  return {
    file,
    text: '',
    problems: [
      error({
        code: 'file-not-regular',
        file,
        vi: `${file} ${is.vi}. Đặt tệp CSV thật vào chỗ này (hoặc xóa ${file} nếu không cần).`,
        en: `${file} ${is.en}. Put the real CSV file in its place (or delete ${file} if it is not needed).`,
      }),
    ],
  };
}

async function readSource(dir: string, file: string): Promise<SourceFile> {
  const full = path.join(dir, file);
  const kind = await stat(full).then(
    (s) => (s.isDirectory() ? ('folder' as const) : ('file' as const)),
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return 'broken-link' as const;
      throw e;
    },
  );
  return kind === 'file' ? sourceOf(file, await readFile(full)) : notAFile(file, kind);
}

async function readOptional(dir: string, file: string): Promise<SourceFile | null> {
  // lstat sees the link itself: a missing file is no file, a link to nothing is reported as one.
  try {
    await lstat(path.join(dir, file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return readSource(dir, file);
}

/** The entries of results/, hidden ones left out; none when the folder is missing. */
async function resultEntries(dir: string): Promise<Dirent[]> {
  try {
    const entries = await readdir(path.join(dir, 'results'), { withFileTypes: true });
    return entries
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return [];
  }
}

/** data/changelog.csv, the record of publications; null when the dataset keeps none. */
export const readChangelog = (dir: string): Promise<SourceFile | null> => readOptional(dir, 'changelog.csv');

/** Reads every file of the data contract from `dir`. The only place that touches data files. */
export async function readDataFiles(dir: string): Promise<DataFiles> {
  const entries = await resultEntries(dir);
  // Only a CSV file is read; any other file is named unread and refused by its name.
  const results = await Promise.all(
    entries.map((e) => {
      const file = `results/${e.name}`;
      return /\.csv$/i.test(e.name) ? readSource(dir, file) : { file, text: '' };
    }),
  );
  const [dataset, units, targets] = await Promise.all([
    readOptional(dir, 'dataset.json'),
    readOptional(dir, 'units.csv'),
    readOptional(dir, 'targets.csv'),
  ]);
  return { dataset, units, targets, results };
}
