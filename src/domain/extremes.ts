/**
 * The largest and smallest of many numbers in a loop: Math.max(...values) passes every value as
 * an argument, and a table of a few hundred thousand rows overflows the stack.
 */

/** The largest value, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let any = false;
  for (const v of values) {
    if (!any || v > max) max = v;
    any = true;
  }
  return max;
}

/** The smallest value, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  let any = false;
  for (const v of values) {
    if (!any || v < min) min = v;
    any = true;
  }
  return min;
}
