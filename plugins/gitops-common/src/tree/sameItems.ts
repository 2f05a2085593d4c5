/**
 * Whether two lists hold the very same items in the same order (`===`): how the reader and
 * lint tell that what they kept from the last read of a repository still stands.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
