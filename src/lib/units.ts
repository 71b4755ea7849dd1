/**
 * The units and their registry live in the domain layer (domain/types.ts,
 * domain/units.ts); this module keeps their old address for the pages and
 * views that import them from here.
 */
export type { Unit } from './domain/types';
export { inForce, nextDay, UnitRegistry, unitSlug } from './domain/units';
