// Array helpers for input-sized arrays: a spread into arguments (`Math.max(...rows)`, `push(...findings)`) overflows
// the call stack past about a hundred thousand items, which a large paste or sheet reaches.

/** The largest of the values, or `floor` when there are none (or all are smaller). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Appends the items to the target in place, one by one. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
