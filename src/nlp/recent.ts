/**
 * A reading of a text, remembered for the texts read lately: several steps of the analysis read
 * the same sentence the same way, and a costly reading is then done once. The result is shared
 * by every caller that asks for the same text, so it must be treated as read-only.
 */
export function rememberRecent<T>(read: (text: string) => T, size = 256): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const result = read(text);
    // The oldest text is forgotten first: a Map keeps the order its keys were added in.
    if (recent.size >= size) recent.delete(recent.keys().next().value as string);
    recent.set(text, result);
    return result;
  };
}
