/**
 * Numbers as text, without toLocaleString (which costs start-up time and depends on the
 * machine's locale): digits grouped in threes with commas, a point for decimals. Here in the
 * domain because the core writes numbers into messages and data too (a check's finding, an
 * imported quote); output/format-number.ts offers the same to renderers.
 */

/** The digits of a finite number without exponent notation: 1e21 -> "1000000000000000000000". */
export function plainNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const s = String(value);
  if (!/e/i.test(s)) return s;
  // a tiny or huge non-integer: fixed notation with as many decimals as it needs (at most 20)
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Groups the integer part of a decimal string: "1234567.5" -> "1,234,567.5". */
export function groupDigits(decimal: string): string {
  const negative = decimal.startsWith('-');
  const body = negative ? decimal.slice(1) : decimal;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot);
  return `${negative ? '-' : ''}${groupThrees(int)}${frac}`;
}

/**
 * Digits in threes from the right, with commas: "1234567" -> "1,234,567". A loop over slices, in
 * time linear in the digits (the lookahead regex it replaces tried every position's whole tail:
 * quadratic, minutes for the 9,000-digit integers calc can make).
 */
export function groupThrees(digits: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) parts.push(digits.slice(at, at + 3));
  return parts.join(',');
}

/** A number with grouped digits: 120000 -> "120,000". */
export function formatNumber(value: number): string {
  return groupDigits(plainNumber(value));
}
