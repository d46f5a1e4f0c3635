// A record keyed by printed names (districts, site types) with no prototype: a name like __proto__, constructor or
// toString is a key like any other, neither lost on assignment nor answered by Object.prototype on lookup.

/**
 * An empty record with no prototype. It converts to '' (a symbol key, which no name can collide with): chart
 * libraries copy a datum's fields onto SVG attributes (`values` is one), and a record with no prototype and no
 * conversion would make setAttribute throw.
 */
export function byName<V>(): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  Object.defineProperty(record, Symbol.toPrimitive, { value: () => '', enumerable: false });
  return record;
}
