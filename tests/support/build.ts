/**
 * Builds the site from a data directory in a child process and serves a
 * built directory over HTTP, the way the site and browser tests use it.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './headers';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'node_modules', '.bin');

/** The hand-checked fixture dataset and where the shared build of it goes. */
export const FIXTURE_DATA = path.join(ROOT, 'tests', 'fixtures', 'small');
export const FIXTURE_SITE = path.join(ROOT, '.tmp', 'fixture-site');
/** The small fixture with markup, script and formulas in its names, notes and sources (see its README). */
export const HOSTILE_DATA = path.join(ROOT, 'tests', 'fixtures', 'hostile');
export const HOSTILE_SITE = path.join(ROOT, '.tmp', 'hostile-site');
/** The shipped dataset (data/), built once for the shipped-data test and the search's browser test. */
export const SHIPPED_DATA = path.join(ROOT, 'data');
export const SHIPPED_SITE = path.join(ROOT, '.tmp', 'shipped-site');
/** The small fixture built for a public address under a sub-path, as GitHub Pages serves a project site. */
export const SUBPATH_URL = 'https://example.org/thads/';
export const SUBPATH_SITE = path.join(ROOT, '.tmp', 'subpath-site');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Variables the test runner sets for itself, and the site's address (a test passes it explicitly); a build must not see them.
const RUNNER_ENV = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR|SITE_URL)$/;

/**
 * The environment of a command run as `npm run` would: the project's Node 22
 * first on PATH (node_modules/.bin/node), THADS_DATA_DIR set, colours off.
 */
export function commandEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!RUNNER_ENV.test(k)) env[k] = v;
  return {
    ...env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    THADS_DATA_DIR: path.resolve(dataDir),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Runs one of the project's binaries (astro, tsx) from the repository root. */
export function runBin(
  bin: string,
  args: readonly string[],
  dataDir: string,
  timeoutMs = 180_000,
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, bin), args, {
      cwd: ROOT,
      env: { ...commandEnv(dataDir), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npm run build` (scripts/build.ts: astro build, swapped in only on success) of `dataDir` into `outDir`. */
export function buildSite({
  dataDir,
  outDir,
  env,
  timeoutMs,
}: {
  dataDir: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
  /** Longer than runBin's default for the shipped data, whose build renders some 3.500 PNGs. */
  timeoutMs?: number;
}): Promise<RunResult> {
  return runBin('tsx', ['scripts/build.ts', '--outDir', path.resolve(outDir)], dataDir, timeoutMs, env);
}

/** `npm run validate` on `dataDir`, with extra arguments (`--json`) and environment (GITHUB_ACTIONS). */
export function validateData(
  dataDir: string,
  args: readonly string[] = [],
  env?: NodeJS.ProcessEnv,
): Promise<RunResult> {
  return runBin('tsx', ['scripts/validate.ts', ...args], dataDir, undefined, env);
}

/** The last lines of a failed command's output, for an error message. */
export function describeRun(r: RunResult, lines = 60): string {
  const tail = (s: string) => s.trimEnd().split('\n').slice(-lines).join('\n');
  return `exit code ${r.code}\n--- stdout (end) ---\n${tail(r.stdout)}\n--- stderr (end) ---\n${tail(r.stderr)}`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const contentType = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

async function fileAt(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

export interface Served {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from 127.0.0.1 on a free port, like a static host:
 * a directory gives its index.html, a directory without its slash is
 * redirected, anything else gives 404.html with status 404; with `headers`,
 * the headers of the site's `_headers` file.
 */
export async function serveDir(dir: string, options: { headers?: boolean } = {}): Promise<Served> {
  const root = path.resolve(dir);
  // With `headers`, the site's _headers file is applied as a static host that reads it would (support/headers.ts).
  const rules = options.headers ? parseHeaders(await readFile(path.join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '/\0';
      }
      const target = path.resolve(root, `.${pathname}`);
      const inside = target === root || target.startsWith(root + path.sep);
      const kind = inside && !pathname.includes('\0') ? await fileAt(target) : null;
      if (kind === 'dir' && !pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      let file = kind === 'dir' ? path.join(target, 'index.html') : target;
      let status = 200;
      if ((kind === 'dir' && (await fileAt(file)) !== 'file') || kind === null) {
        file = path.join(root, '404.html');
        status = 404;
        if ((await fileAt(file)) !== 'file') {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
          return;
        }
      }
      const size = (await stat(file)).size;
      res.writeHead(status, {
        ...headersFor(rules, url.pathname),
        'Content-Type': contentType(file),
        'Content-Length': size,
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
