/**
 * `npm run lockfile`: run after `npm install` changes package-lock.json.
 *
 * npm records an optional platform package (a compiler binding for macOS,
 * Windows, musl…) only when the registry it installed from serves that
 * exact version; when it does not, the entry is left out and `npm ci` then
 * refuses the lockfile as out of sync. This adds the missing entries with
 * their version and platform (os, cpu, libc, read from the package name),
 * which is all `npm ci` needs to skip them on other platforms.
 *
 * Usage: tsx scripts/complete-lockfile.ts [package-lock.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'sunos', 'win32', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 's390x', 'ppc64', 'riscv64', 'loong64'];

/** The platform a binding package is for, from its name: `cli-linux-arm64-musl` → linux, arm64, musl. */
export function platformOf(name: string): { os?: string; cpu: string; libc?: string } {
  const parts = (name.split('/').pop() ?? name).split('-');
  const cpu = CPU.find((c) => parts.includes(c));
  if (!cpu) throw new Error(`Cannot tell which processor ${name} is for; add its lockfile entry by hand.`);
  const os = OS.find((o) => parts.includes(o));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { cpu, ...(os ? { os } : {}), ...(libc ? { libc } : {}) };
}

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;
let added = 0;
for (const [at, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${at === '' ? '' : `${at}/`}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    packages[`node_modules/${dep}`] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
    console.log(`+ ${dep}@${version} (${[os, cpu, libc].filter(Boolean).join(', ')})`);
  }
}
// npm keeps the root entry first and the rest in name order.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `${file}: ${added} platform entries added` : `${file}: complete`);
