import { describe, expect, it } from 'vitest';
import { targetFor } from '../../../src/lib/compute/targets';
import { validateTargets } from '../../../src/lib/validate/targets';
import { registryOf, targetTable } from '../helpers';

const registry = registryOf();
const haNoi = registry.resolve('01', '2025-09-30')!;
const bacNinh = registry.resolve('24', '2025-09-30')!;
const bacGiang = registry.resolve('24', '2024-09-30')!;

function targets(...lines: string[]) {
  const table = targetTable(['year,unit_code,cases_rate,money_rate', ...lines, ''].join('\n'));
  const { targets, problems } = validateTargets(table.rows, registry);
  expect([...table.problems, ...problems]).toEqual([]);
  return targets;
}

const all = targets('2024,,82.00,45.00', '2025,,82.60,45.60', '2025,01,84.17,58.00', '2025,24,81,', '2024,24,,40');

describe('targetFor', () => {
  it('uses a unit’s own target where it has one', () => {
    expect(targetFor(all, 2025, haNoi)).toEqual({
      cases: { value: 84.17, source: 'own' },
      money: { value: 58, source: 'own' },
    });
  });

  it('falls back on the national target per measure', () => {
    expect(targetFor(all, 2025, bacNinh)).toEqual({
      cases: { value: 81, source: 'own' },
      money: { value: 45.6, source: 'national' },
    });
    expect(targetFor(all, 2024, bacGiang)).toEqual({
      cases: { value: 82, source: 'national' },
      money: { value: 40, source: 'own' },
    });
    expect(targetFor(all, 2024, haNoi)).toEqual({
      cases: { value: 82, source: 'national' },
      money: { value: 45, source: 'national' },
    });
  });

  it('does not give one unit the target of another that had the same code', () => {
    // The 2025 target for code 24 is Bắc Ninh's; Bắc Giang (24 until 2025-06-30) reporting for 2025-03 falls back.
    expect(targetFor(all, 2025, bacGiang)).toEqual({
      cases: { value: 82.6, source: 'national' },
      money: { value: 45.6, source: 'national' },
    });
  });

  it('gives the nation the national target', () => {
    expect(targetFor(all, 2025, null)).toEqual({
      cases: { value: 82.6, source: 'national' },
      money: { value: 45.6, source: 'national' },
    });
  });

  it('has no target for a year without one', () => {
    expect(targetFor(all, 2026, haNoi)).toEqual({ cases: null, money: null });
    expect(targetFor(all, 2023, null)).toEqual({ cases: null, money: null });
    expect(targetFor(targets('2025,,82.60,'), 2025, haNoi)).toEqual({
      cases: { value: 82.6, source: 'national' },
      money: null,
    });
  });
});
