/**
 * Values computed once per owner object and key, kept while the owner lives: a feed's rankings,
 * an item's sanitized bodies. The owner is a WeakMap key, so a refreshed feed (new objects) is
 * computed afresh and old values go with their owner; each owner keeps at most `perOwner` keys
 * (the oldest goes first).
 */
export type Memo<O extends object, V> = WeakMap<O, Map<string, V>>;

/** `memo`'s value for `owner` and `key`, made by `make` the first time. */
export function memoized<O extends object, V>(
  memo: Memo<O, V>,
  owner: O,
  key: string,
  perOwner: number,
  make: () => V,
): V {
  let values = memo.get(owner);
  if (!values) memo.set(owner, (values = new Map()));
  let value = values.get(key);
  if (value === undefined) {
    value = make();
    if (values.size >= perOwner) values.delete(values.keys().next().value!);
    values.set(key, value);
  }
  return value;
}
