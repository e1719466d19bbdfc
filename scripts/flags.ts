/**
 * "--limit 100" in a script's arguments: the value, taking the flag and its value out of `args`
 * so that what is left is the list of files.
 */
export function takeFlag(args: string[], name: string): string | null {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return null;
  const [value] = args.splice(at, 2).slice(1);
  return value ?? null;
}
