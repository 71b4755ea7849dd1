/**
 * The command that runs `astro build`, shared by `npm run build` and the
 * bench so that the bench measures what the build does.
 *
 * Node runs Astro with one V8 setting: the heap may grow by 30% over what the
 * last full garbage collection kept. By default V8 lets a large heap grow by a
 * factor it picks between 1,1 and 4 from how fast it collects; a build
 * allocates a page's worth of short-lived objects for each of about 22.000
 * routes, and with the default the heap reached 510 MB for 242 MB live
 * (--trace-gc). Measured on the shipped data, same site: peak 793 MiB without
 * the setting and 590 MiB with it, for about the same CPU time; 20% gained
 * 4 MiB more for 10% more CPU.
 *
 * And one setting of glibc's malloc (ignored elsewhere): a freed buffer of
 * 64 KiB or more goes back to the system at once. By default glibc raises
 * that threshold as large buffers are freed, and the pages of each route's
 * response body then stay with the process: 585–592 MiB at the peak without
 * it, 565–582 MiB with it, for the same CPU time (two builds each, in turn).
 */
import path from 'node:path';

/**
 * Pages Astro renders at once (its `build.concurrency`, set in astro.config.mjs; the bench's bare build uses the
 * same). With one, Astro waits for each file to be written before it renders the next page: a CPU profile of the
 * shipped build was idle 14 of its 32 s. With four, rendering goes on while files are written. Measured on the
 * shipped data, two builds of each in turn: 23,6 and 35,7 s against 43,5 and 50,5 s, user CPU 21,8 and 26,3 s
 * against 28,0 and 27,5 s; the same site, byte for byte; peak 524-550 MiB against 512-537, and 908 MiB at
 * 100.000 rows against 866-877.
 */
export const BUILD_CONCURRENCY = 4;

export const NODE_FLAGS = ['--heap-growing-percent=30'];
export const MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '65536' };

/** The program, arguments and environment of `astro build` into `outDir`, for the project at `root`, from `env`. */
export function astroBuild(
  outDir: string,
  root = '.',
  env: NodeJS.ProcessEnv = process.env,
): [string, string[], NodeJS.ProcessEnv] {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return [
    process.execPath,
    [...NODE_FLAGS, astro, 'build', '--root', root, '--outDir', outDir],
    { ...env, ...MALLOC_ENV },
  ];
}
