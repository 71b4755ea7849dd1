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
 */
import path from 'node:path';

export const NODE_FLAGS = ['--heap-growing-percent=30'];

/** The program and arguments of `astro build` into `outDir`, for the project at `root`. */
export function astroBuild(outDir: string, root = '.'): [string, string[]] {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return [process.execPath, [...NODE_FLAGS, astro, 'build', '--root', root, '--outDir', outDir]];
}
