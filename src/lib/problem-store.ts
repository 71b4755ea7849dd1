/**
 * What the validation report keeps of any number of problems, in memory that
 * does not grow with them: their counts, the first `SHOWN_PER_CODE` of each
 * severity and code in stable order (what the readable report and the
 * pull-request annotations print), and the first error without a column of
 * each file (what the list of files read says a file was refused for). With `all`, it also gives back every problem
 * in stable order for the JSON report: up to `runSize` are held, then each
 * full batch is sorted and written to a temporary folder as one line of JSON
 * per problem, and the sorted batches are merged when read back (an external
 * merge sort; past 64 batches, they are merged into one as they come). A load hands the problems to `add` as it finds them (`loadInto`).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { compareProblems, type Problem } from './problems';
import { type ProblemCounts, ProblemTally, SHOWN_PER_CODE } from './report';

export interface StoreOptions {
  /** Whether every problem is kept for `all()` (the JSON report), not only the first of each code. */
  all: boolean;
  /** How many problems are held before a sorted batch is written out. */
  runSize?: number;
  /** The folder the batches' own temporary folder is made in; the system's by default. */
  tmp?: string;
}

/**
 * 10.000 problems: few enough that most are written out before the garbage
 * collector moves them to the old generation (held longer, a million of them
 * made the heap grow past 1 GiB before it was collected).
 */
const RUN_SIZE = 10_000;

/**
 * When this many batches are written, they are merged into one: the merge
 * never reads more than 64 files at once (64 KiB each), so ten million
 * problems need no more memory or open files than one million.
 */
const MERGE_AT = 64;

/** A problem and the order it came in. */
interface Arrived {
  p: Problem;
  n: number;
}

/** Stable order, and problems of equal order in the order they came, as sorting them all at once gives. */
const byArrival = (a: Arrived, b: Arrived): number => compareProblems(a.p, b.p) || a.n - b.n;

export class ProblemStore {
  private readonly tally = new ProblemTally();
  /** Per severity and code, at most 2 × SHOWN_PER_CODE problems with their arrival, cut to the first SHOWN_PER_CODE when full. */
  private readonly first = new Map<string, Arrived[]>();
  private arrived = 0;
  /** Per file, its first error without a column in stable order. */
  private readonly uncolumned = new Map<string, Problem>();
  private held: Problem[] = [];
  private readonly runs: string[] = [];
  private dir: string | null = null;
  /** Batch files written so far, each named by its number. */
  private written = 0;
  private readonly runSize: number;

  constructor(private readonly options: StoreOptions) {
    this.runSize = options.runSize ?? RUN_SIZE;
  }

  /** Takes one problem (bound, so that it can be handed over as a sink). */
  readonly add = (p: Problem): void => {
    this.tally.add(p);
    const key = `${p.severity}|${p.code}`;
    const first = this.first.get(key);
    const arrived = { p, n: this.arrived++ };
    if (!first) this.first.set(key, [arrived]);
    else {
      first.push(arrived);
      if (first.length === 2 * SHOWN_PER_CODE) this.first.set(key, first.sort(byArrival).slice(0, SHOWN_PER_CODE));
    }
    if (p.severity === 'error' && p.column === undefined) {
      const known = this.uncolumned.get(p.file);
      if (!known || compareProblems(p, known) < 0) this.uncolumned.set(p.file, p);
    }
    if (!this.options.all) return;
    this.held.push(p);
    if (this.held.length >= this.runSize) this.spill();
  };

  /** Errors and warnings in all, per file and per code. */
  counts(): ProblemCounts {
    return this.tally.counts();
  }

  /** The first `SHOWN_PER_CODE` problems of each severity and code, in stable order. */
  shown(): Problem[] {
    const shown: Arrived[] = [];
    for (const first of this.first.values()) {
      for (const a of first.sort(byArrival).slice(0, SHOWN_PER_CODE)) shown.push(a);
    }
    return shown.sort(byArrival).map((a) => a.p);
  }

  /** The first error without a column of each file, in stable order: what `formatFiles` needs. */
  fileErrors(): Problem[] {
    return [...this.uncolumned.values()].sort(compareProblems);
  }

  /** Every problem in stable order, the batches written out merged back one problem at a time. */
  all(): Generator<Problem> {
    if (!this.options.all) throw new Error('This store keeps only the first problems of each code.');
    return merge([...this.runs.map(readRun), this.held.sort(compareProblems).values()]);
  }

  /** Deletes the batches written out. */
  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  /** Writes the held problems out, sorted; past MERGE_AT batches, merges them all into one. */
  private spill(): void {
    this.dir ??= mkdtempSync(path.join(this.options.tmp ?? tmpdir(), 'thads-problems-'));
    this.runs.push(this.writeRun(this.held.sort(compareProblems)));
    this.held = [];
    if (this.runs.length < MERGE_AT) return;
    const merged = this.writeRun(merge(this.runs.map(readRun)));
    for (const run of this.runs) rmSync(run);
    this.runs.length = 0;
    this.runs.push(merged);
  }

  /** A new batch file of the problems, one line of JSON each, written in pieces: no string of the whole batch is made. */
  private writeRun(problems: Iterable<Problem>): string {
    const file = path.join(this.dir!, `${this.written++}.jsonl`);
    const fd = openSync(file, 'w');
    try {
      let piece = '';
      for (const p of problems) {
        piece += `${JSON.stringify(p)}\n`;
        if (piece.length < 1 << 16) continue;
        writeSync(fd, piece);
        piece = '';
      }
      writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    return file;
  }
}

/**
 * Sorted sources merged into one sorted sequence through a heap of each
 * source's next problem. On equal order the earlier source goes first: the
 * sources are in the order their problems came.
 */
function* merge(sources: Iterator<Problem>[]): Generator<Problem> {
  const heap = new Heap<{ p: Problem; from: number }>((a, b) => compareProblems(a.p, b.p) || a.from - b.from);
  sources.forEach((source, from) => {
    const next = source.next();
    if (!next.done) heap.push({ p: next.value, from });
  });
  for (let head = heap.pop(); head; head = heap.pop()) {
    yield head.p;
    const next = sources[head.from]!.next();
    if (!next.done) heap.push({ p: next.value, from: head.from });
  }
}

/** The problems of a batch written out, read back a line at a time in pieces of 64 KiB. */
function* readRun(file: string): Generator<Problem> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield JSON.parse(line) as Problem;
    }
    if (rest !== '') yield JSON.parse(rest) as Problem;
  } finally {
    closeSync(fd);
  }
}

/** A binary min-heap: the least item by `compare` first. */
class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[parent]!, item) <= 0) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.compare(items[right]!, items[left]!) < 0 ? right : left;
      if (this.compare(last, items[child]!) <= 0) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
