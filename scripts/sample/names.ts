/**
 * Vietnamese place names as they appear in different sources: "Hoà Bình" and
 * "Hòa Bình" are one name written with two tone-mark conventions, and
 * "Tỉnh Long An" and "Long An" one province with and without its type.
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// "oà", "oé", "uỷ" ending a syllable: the mark moves to the first vowel ("òa", "óe", "ủy").
// After "q" the "u" belongs to the consonant ("Quý", "Quỳnh"), so it stays.
const OA_OE = new RegExp(`([oO])([aeAE])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * A name in NFC with the tone marks of "oa", "oe", "uy" placed as the
 * reference table places them ("Hòa Bình", "Thanh Thủy").
 */
export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC').trim();
}

const TYPES = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã)\s+/u;

/** The name without its administrative type: "Thành phố Huế" → "Huế". */
export const baseName = (name: string): string => normalizeName(name).replace(TYPES, '');

/** A key that ignores tone-mark placement and letter case ("Huyện KBang" = "Huyện Kbang"). */
export const nameKey = (name: string): string => normalizeName(name).toLowerCase();

/** "Huyện Bến Lức" → "huyện Bến Lức", for use inside a longer name. */
export const lowerFirst = (name: string): string => name.slice(0, 1).toLowerCase() + name.slice(1);
