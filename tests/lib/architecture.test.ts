import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * One pipeline, one direction: every module of src/lib sits on a layer, and
 * imports only from its own layer or the layers below. The domain layer (the
 * shared types and formulas) is the ground floor above the column contracts.
 */
const LAYERS: { name: string; modules: RegExp }[] = [
  { name: 'base', modules: /^(period|slug|problems|format|locale|json-ld|site-url|check-summary|citation)\.ts$/ },
  { name: 'schemas', modules: /^schemas\// },
  { name: 'domain', modules: /^(domain\/.*|units\.ts)$/ },
  { name: 'terms and reading', modules: /^(glossary|urls|share-urls|decode|read|parse|locate|csv-lines)\.ts$/ },
  { name: 'validate', modules: /^validate\// },
  { name: 'load', modules: /^(load|report|problem-store|changelog)\.ts$/ },
  { name: 'compute', modules: /^compute\// },
  { name: 'charts and geo', modules: /^(charts|geo)\// },
  { name: 'site data', modules: /^site-data\.ts$/ },
  { name: 'downloads and routes', modules: /^(downloads|routes|datapackage)\.ts$/ },
  { name: 'views', modules: /^views\// },
  { name: 'what changed', modules: /^diff\// },
];

const LIB = path.resolve(import.meta.dirname, '../../src/lib');

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return modulesUnder(p);
    return e.name.endsWith('.ts') ? [path.relative(LIB, p).split(path.sep).join('/')] : [];
  });
}

/** The modules of src/lib a module imports (type-only imports and re-exports included). */
function importsOf(module: string): string[] {
  const text = readFileSync(path.join(LIB, module), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => name.startsWith('.') && !name.endsWith('.json'))
    .map((name) => {
      const target = path.resolve(path.dirname(path.join(LIB, module)), name);
      const file = [`${target}.ts`, path.join(target, 'index.ts')].find((f) => statSync(f, { throwIfNoEntry: false }));
      if (!file) throw new Error(`${module}: cannot resolve ${name}`);
      return path.relative(LIB, file).split(path.sep).join('/');
    });
}

const layerOf = (module: string): number => LAYERS.findIndex((l) => l.modules.test(module));

const MODULES = modulesUnder(LIB).sort();
const GRAPH = new Map(MODULES.map((m) => [m, importsOf(m)]));

/** Every import that points to a higher layer, as "from → to". */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, deps]) =>
    deps
      .filter((to) => layerOf(to) > layerOf(from))
      .map((to) => `${from} (${LAYERS[layerOf(from)]!.name}) → ${to} (${LAYERS[layerOf(to)]!.name})`),
  );
}

/** One cycle of imports, as the modules along it, or null when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (m: string): string[] | null => {
    if (state.get(m) === 'done') return null;
    if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
    state.set(m, 'open');
    stack.push(m);
    for (const d of graph.get(m) ?? []) {
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(m, 'done');
    return null;
  };
  for (const m of graph.keys()) {
    const cycle = visit(m);
    if (cycle) return cycle;
  }
  return null;
}

describe('the import graph of src/lib', () => {
  it('places every module on a layer', () => {
    expect(MODULES.length).toBeGreaterThan(50);
    expect(MODULES.filter((m) => layerOf(m) < 0)).toEqual([]);
  });

  it('has no import pointing up the pipeline', () => {
    expect(upwardImports(GRAPH)).toEqual([]);
  });

  it('has no cycle', () => {
    expect(findCycle(GRAPH)).toBeNull();
  });

  it('keeps the domain layer on the ground floor: schemas and base helpers only', () => {
    const domain = MODULES.filter((m) => m.startsWith('domain/'));
    expect(domain).toContain('domain/formulas.ts');
    const below = (to: string) => layerOf(to) <= layerOf('domain/types.ts');
    expect(domain.flatMap((m) => GRAPH.get(m)!.filter((to) => !below(to)))).toEqual([]);
  });

  it('would report an upward import and a cycle', () => {
    const graph = new Map(GRAPH);
    graph.set('domain/formulas.ts', [...graph.get('domain/formulas.ts')!, 'compute/model.ts']);
    expect(upwardImports(graph)).toEqual(['domain/formulas.ts (domain) → compute/model.ts (compute)']);
    expect(findCycle(graph)).toContain('domain/formulas.ts');
  });
});
