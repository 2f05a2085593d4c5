/** One inferred value with the apps it came from. */
export interface Vote<T> {
  value: T;
  /** The apps whose files show it. */
  apps: string[];
  /** How many apps were asked. */
  of: number;
}

/**
 * Counts the values apps show for one field of a profile and gives the dominant one with
 * its evidence. Values are compared by their JSON text.
 */
export class Tally<T> {
  private readonly counts = new Map<string, { value: T; apps: Set<string> }>();
  private readonly asked = new Set<string>();

  add(app: string, value: T | undefined): void {
    this.asked.add(app);
    if (value === undefined) return;
    const key = JSON.stringify(value);
    const entry = this.counts.get(key) ?? { value, apps: new Set<string>() };
    entry.apps.add(app);
    this.counts.set(key, entry);
  }

  /** The value most apps show (ties: the first seen), or undefined when none showed any. */
  dominant(): Vote<T> | undefined {
    return this.all()[0];
  }

  /** Every value with its apps, most common first. */
  all(): Vote<T>[] {
    return [...this.counts.values()]
      .sort((a, b) => b.apps.size - a.apps.size)
      .map(e => ({ value: e.value, apps: [...e.apps].sort(), of: this.asked.size }));
  }
}
