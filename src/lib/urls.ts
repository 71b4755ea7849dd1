import { href } from './site-url';
import type { Unit, UnitRegistry } from './units';

/** The province an office belongs to; validation guarantees it is the same all its life. */
export function provinceOf(u: Unit, registry: UnitRegistry): Unit {
  if (u.level === 'province') return u;
  const parent = registry.parentOf(u, u.valid_from ?? '0001-01-01');
  if (!parent) throw new Error(`No province for office ${u.code} (${u.name})`);
  return parent;
}

/** Page address of a unit: /tinh/<province>/ or /tinh/<province>/<office>/. */
export function unitHref(u: Unit, registry: UnitRegistry): string {
  return href(u.level === 'province' ? `/tinh/${u.slug}/` : `/tinh/${provinceOf(u, registry).slug}/${u.slug}/`);
}

/** The unit's own rows as CSV. */
export const unitCsvHref = (u: Unit, registry: UnitRegistry): string => `${unitHref(u, registry)}so-lieu.csv`;
