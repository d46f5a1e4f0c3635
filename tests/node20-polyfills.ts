// Map.groupBy / Object.groupBy for Node 20: vitest 5's reporter calls them when it prints failures.

type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  const groupBy: GroupBy = (items, key) => {
    const groups = new Map<ReturnType<typeof key>, Parameters<typeof key>[0][]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
  Object.defineProperty(Map, 'groupBy', { value: groupBy, configurable: true, writable: true });
}

if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  const objectGroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey): Partial<Record<PropertyKey, T[]>> => {
    const groups: Partial<Record<PropertyKey, T[]>> = {};
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      (groups[k] ??= []).push(item);
    }
    return groups;
  };
  Object.defineProperty(Object, 'groupBy', { value: objectGroupBy, configurable: true, writable: true });
}
