import { dirOf } from '../tree/paths';
import { ArgoHelmSource, Entry } from './entries';
import { ApplyContext, Instance } from './instances';

/** A chart an Argo CD Application installs, with the Application it belongs to. */
export interface UnitHelmSource {
  entry: Entry;
  source: ArgoHelmSource;
}

/** The objects of one app folder (or one file, or one chart-only Application), before reading. */
export interface UnitDraft {
  /** The folder, or the file for one-file units, or `entry:<key>` for a chart-only Application. */
  key: string;
  folder: string;
  /** Entries that deploy this unit as a whole (their name can name it). */
  entries: Entry[];
  /** The context of the first expansion, reused for files found later in the folder. */
  ctx: ApplyContext;
  instances: Instance[];
  /** Files that define the unit beyond its objects' files (kustomizations, entry files, values). */
  files: Set<string>;
  helmSources: UnitHelmSource[];
  /** The unit is a sub-folder of an aggregate folder (`apps/<app>`), not an entry's own path. */
  splitFrom?: string;
  /** The unit is one file listed from a shared sub-folder (`infra/controllers/x.yaml`). */
  singleFile?: string;
}

/** What makes two instances of a unit the same: the document, under the same substitutions. */
export function instanceKey(instance: Instance): string {
  const vars = Object.keys(instance.entry.vars).length
    ? JSON.stringify(instance.entry.vars)
    : '';
  return `${instance.file}#${instance.docIndex}#${vars}`;
}

/** The units found so far, by key, with instance de-duplication. */
export class UnitSet {
  readonly units = new Map<string, UnitDraft>();
  private readonly seen = new Map<string, Set<string>>();
  /** The first unit of each key regardless of cluster, for {@link UnitSet.folderUnitOf}. */
  private readonly byFolder = new Map<string, UnitDraft>();

  get(
    key: string,
    ctx: ApplyContext,
    extra: Partial<UnitDraft> = {},
  ): UnitDraft {
    const cluster = ctx.entry.cluster;
    const fullKey = cluster ? `${key}@${cluster}` : key;
    let unit = this.units.get(fullKey);
    if (!unit) {
      unit = {
        key: fullKey,
        folder: extra.singleFile ? dirOf(extra.singleFile) : key,
        entries: [],
        ctx,
        instances: [],
        files: new Set(),
        helmSources: [],
        ...extra,
      };
      this.units.set(fullKey, unit);
      this.seen.set(fullKey, new Set());
      if (!this.byFolder.has(key)) this.byFolder.set(key, unit);
    }
    return unit;
  }

  /** Adds instances; the same document under the same substitutions is kept once. */
  add(unit: UnitDraft, instances: Instance[]) {
    const seen = this.seen.get(unit.key)!;
    for (const instance of instances) {
      const id = instanceKey(instance);
      if (seen.has(id)) continue;
      seen.add(id);
      unit.instances.push(instance);
    }
  }

  /** The deepest folder unit holding a path. */
  folderUnitOf(path: string): UnitDraft | undefined {
    for (let dir = dirOf(path); ; dir = dirOf(dir)) {
      const unit = this.byFolder.get(dir);
      if (unit && !unit.singleFile) return unit;
      if (dir === '') return undefined;
    }
  }
}
