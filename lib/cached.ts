/** A Map or WeakMap: where `cached` keeps what it made. */
type Cache<Key, Value> = { get(key: Key): Value | undefined; set(key: Key, value: Value): unknown };

/** The value kept under `key`, made by `make` the first time it is asked for (formatters, schemas, names). */
export function cached<Key, Value>(cache: Cache<Key, Value>, key: Key, make: () => Value): Value {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
