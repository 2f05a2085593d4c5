const MAX = 63;

/**
 * A valid Backstage entity name (`[a-zA-Z0-9]` runs joined by `-`, `_` or `.`, at most
 * 63 characters) made from `raw`: other characters become `-`, runs of separators
 * collapse, and a name cut to length ends with a short hash of `raw` so that two long
 * names stay apart.
 */
export function entityName(raw: string): string {
  let name = raw
    .replace(/[^a-zA-Z0-9_.-]+/g, '-')
    .replace(/[-_.]{2,}/g, m => m[0])
    .replace(/^[-_.]+|[-_.]+$/g, '');
  if (!name) name = 'unnamed';
  if (name.length <= MAX) return name;
  const hash = fnv1a(raw);
  return `${name.slice(0, MAX - 9).replace(/[-_.]+$/, '')}-${hash}`;
}

/**
 * Gives every key a distinct name: the first to ask for a name gets it, later ones get
 * `<name>-<suffix>` (then `-2`, `-3`).
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  claim(wanted: string, suffix?: string): string {
    const base = entityName(wanted);
    const candidates = suffix
      ? [base, entityName(`${wanted}-${suffix}`)]
      : [base];
    for (const candidate of candidates) {
      if (!this.taken.has(candidate.toLowerCase())) {
        this.taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
    for (let i = 2; ; i++) {
      const candidate = entityName(`${candidates[candidates.length - 1]}-${i}`);
      if (!this.taken.has(candidate.toLowerCase())) {
        this.taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable hash without Node's crypto (the mapping may run in a browser). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
