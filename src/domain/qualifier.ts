/**
 * Qualifiers keep what a source said about a number ("approximately", "nearly", "more than"),
 * and the rules here turn each into an interval when a figure gives no explicit low/high.
 * The rules are documented in the README ("How qualifiers become ranges").
 */

export const QUALIFIERS = [
  'exact',
  'approximately',
  'nearly',
  'more-than',
  'at-least',
  'fewer-than',
  'up-to',
  'range',
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

/** The sign a table shows before a value with this qualifier. */
export const QUALIFIER_SIGN: Record<Qualifier, string> = {
  exact: '',
  approximately: '≈',
  nearly: '≲',
  'more-than': '>',
  'at-least': '≥',
  'fewer-than': '<',
  'up-to': '≤',
  // "between 10,000 and 20,000": the figure's low and high say it; the value is the low end
  range: '',
};

/**
 * Half the rounding step of a stated number: 120,000 is given to the nearest 10,000, so it
 * stands for anything from 115,000 to 125,000 (half-width 5,000); 2.8 million to the nearest
 * 100,000 (half-width 50,000); "three decades" to the decade (half-width 0.5). The step is the
 * place value of the last non-zero digit. Capped at 10% of the value (but never below 0.5, one
 * half unit) so that "approximately 100,000" does not mean 50,000 to 150,000.
 */
export function roundingHalfWidth(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const abs = Math.abs(value);
  let step = 1;
  if (Number.isInteger(abs)) {
    while (abs % (step * 10) === 0) step *= 10;
  } else {
    // a decimal: the step is one unit of its last decimal place
    const written = String(abs);
    step = written.includes('e') ? 10 ** Math.floor(Math.log10(abs)) : 10 ** -(written.split('.')[1] ?? '').length;
  }
  return Math.min(step / 2, Math.max(abs * 0.1, 0.5));
}

/** Decimal places of a number as written: 2.85 -> 2, 120000 -> 0. */
function decimalsOf(n: number): number {
  // a whole number (most figures are counts) without writing it out
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes('e-')) return Number(s.split('e-')[1]) + ((s.split('e')[0]!.split('.')[1] ?? '').length);
  return (s.split('.')[1] ?? '').length;
}

/**
 * The interval a qualifier implies; `null` is an open end (more than 35,000 has no top). Bounds
 * are rounded to one decimal place more than the value has, so that 2.8 ± 0.05 is 2.75–2.85 and
 * not the 2.8499999999999996 that binary floating point would give.
 */
export function impliedBounds(value: number, qualifier: Qualifier): { low: number; high: number | null } {
  const raw = rawBounds(value, qualifier);
  const places = decimalsOf(value) + 1;
  if (places > 15) return raw; // too fine for toFixed to help: keep the bounds as computed
  const tidy = (x: number) => Number(x.toFixed(places));
  // tidying never moves a bound past the value it bounds
  return { low: Math.min(tidy(raw.low), value), high: raw.high === null ? null : Math.max(tidy(raw.high), value) };
}

function rawBounds(value: number, qualifier: Qualifier): { low: number; high: number | null } {
  const h = roundingHalfWidth(value);
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    // counts and amounts are never negative: a range stops at zero
    case 'approximately':
      return { low: Math.max(0, value - h), high: value + h };
    case 'nearly':
      // just short of the value: down to one rounding step below it
      return { low: Math.max(0, value - 2 * h), high: value };
    case 'more-than':
    case 'at-least':
      return { low: value, high: null };
    case 'fewer-than':
    case 'up-to':
      return { low: 0, high: value };
    case 'range':
      // a range's ends are the figure's own low and high (validate requires both); alone, the
      // value is all that is known
      return { low: value, high: value };
  }
}
