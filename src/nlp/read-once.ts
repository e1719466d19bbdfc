/**
 * A function of an object (a sentence's parties) and a small argument (the year), computed once
 * per object and argument: several rules ask for the same thing of the same sentence (the tie
 * evidence, then the tone of every pair it is about). Each caller gets its own copy, as it would
 * from the function itself, since a caller may change what it gets. Only the last argument is
 * kept: within an article it is the same.
 */
export function readOnce<K extends object, A, V>(
  compute: (key: K, arg: A) => V,
  copy: (value: V) => V,
): (key: K, arg: A) => V {
  const kept = new WeakMap<K, { arg: A; value: V }>();
  return (key, arg) => {
    const known = kept.get(key);
    if (known && Object.is(known.arg, arg)) return copy(known.value);
    const value = compute(key, arg);
    kept.set(key, { arg, value: copy(value) });
    return value;
  };
}
