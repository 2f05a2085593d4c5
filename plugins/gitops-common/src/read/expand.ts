import { chartUnitFolder } from './chartUnitFolder';
import {
  kustomizeHelmSources,
  kustomizePatchFiles,
  kustomizePatchObjects,
} from './kustomizeHelmCharts';
import { dirOf } from '../tree/paths';
import { Entry } from './entries';
import { ApplyContext, fileInstances } from './instances';
import { KustomizationInfo, readKustomization } from './kustomizationFile';
import { isUnder } from './repoPaths';
import { RepoIndex } from './repoIndex';
import { ReadWarning } from './types';
import { UnitDraft, UnitSet } from './unitDraft';
import {
  definesApp,
  fixedAppFolder,
  isAggregator,
  reachableFiles,
  registersOthers,
  yamlFilesIn,
} from './unitRules';

/**
 * Follows what the engines apply (Flux Kustomization paths and components, Argo CD
 * Application sources, kustomize resources) and sorts every applied object into the
 * unit of its app folder (see unitRules.ts).
 */
/** One read of a file's objects into a unit: what {@link fileInstances} was given. */
export interface FileOrigin {
  unitKey: string;
  ctx: ApplyContext;
  unlisted: boolean;
}

export class Expander {
  readonly units = new UnitSet();
  /** Files some engine applies (to a unit or to an aggregate). */
  readonly reached = new Set<string>();
  /** Aggregate folders split into app folders, with the context they were split under. */
  readonly splitParents = new Map<string, ApplyContext>();
  /** Each file's reads into a unit, in order (see replay.ts). */
  readonly origins = new Map<string, FileOrigin[]>();
  /** Files whose content shapes other objects (kustomize patches). */
  readonly contentFiles = new Set<string>();

  constructor(
    private readonly index: RepoIndex,
    private readonly warnings: ReadWarning[],
  ) {}

  /** Expands every entry; leaf entries first decide their fixed folders. */
  expandAll(entries: Entry[]) {
    const aggregators = new Set(
      entries.filter(e => isAggregator(this.index, e)),
    );
    const leaves = entries.filter(e => !aggregators.has(e));
    for (const entry of entries) {
      const ctx: ApplyContext = {
        entry,
        forcedNamespace: entry.targetNamespace,
        vars: entry.vars,
        labels: {},
      };
      if (aggregators.has(entry)) {
        for (const root of entry.roots) this.aggregate(root, ctx);
        continue;
      }
      const fixed = fixedAppFolder(this.index, entry, leaves);
      for (const root of entry.roots) {
        if (
          fixed === undefined &&
          registersOthers(this.index, root, entry.recurse)
        ) {
          this.aggregate(root, ctx);
          continue;
        }
        const unit = this.units.get(fixed ?? root, ctx);
        this.own(unit, entry);
        this.into(root, ctx, unit, false, new Set());
        for (const component of entry.components)
          this.into(component, ctx, unit, true, new Set());
      }
      if (!entry.roots.length && entry.helmSources.length)
        this.chartOnly(entry, ctx);
      else if (entry.helmSources.length) {
        const unit = this.units.get(fixed ?? entry.roots[0], ctx);
        for (const source of entry.helmSources)
          unit.helmSources.push({ entry, source });
      }
    }
  }

  /** Files found in an app folder that its kustomization does not list, and unlisted app folders. */
  adoptUnreached() {
    for (const [path, parsed] of this.index.files) {
      if (
        this.reached.has(path) ||
        !parsed.docs.length ||
        !definesApp(this.index, path)
      )
        continue;
      const unit = this.units.folderUnitOf(path);
      if (unit && unit.folder !== '') {
        this.reached.add(path);
        this.warnings.push({
          file: path,
          message: `in ${unit.folder} but not listed in its kustomization: read, though the engine does not apply it`,
        });
        unit.files.add(path);
        const ctx: ApplyContext = {
          ...unit.ctx,
          forcedNamespace: unit.ctx.entry.targetNamespace,
          labels: {},
        };
        this.origin(path, { unitKey: unit.key, ctx, unlisted: true });
        this.units.add(unit, fileInstances(this.index, path, ctx, true));
        continue;
      }
      for (let dir = dirOf(path); dir !== ''; dir = dirOf(dir)) {
        const ctx = this.splitParents.get(dirOf(dir));
        if (!ctx) continue;
        const where =
          readKustomization(this.index, dirOf(dir))?.file ?? dirOf(dir);
        this.warnings.push({
          file: dir,
          message: `app folder not referenced by ${where}: read, though the engine does not apply it`,
        });
        this.into(
          dir,
          ctx,
          this.units.get(dir, ctx, { splitFrom: dirOf(dir) }),
          false,
          new Set(),
        );
        break;
      }
    }
  }

  /** A kustomization's `helmCharts:` and patch files (see kustomizeHelmCharts.ts). */
  private inflate(k: KustomizationInfo, ctx: ApplyContext, unit: UnitDraft) {
    const patches = kustomizePatchObjects(this.index, k.file, k.dir);
    if (patches.length) ctx.patches = [...patches, ...(ctx.patches ?? [])];
    for (const patch of kustomizePatchFiles(this.index, k.file, k.dir)) {
      this.contentFiles.add(patch);
      this.reached.add(patch);
      unit.files.add(patch);
    }
    unit.helmSources.push(
      ...kustomizeHelmSources(
        this.index,
        k.file,
        k.dir,
        ctx.forcedNamespace,
        ctx.entry,
      ),
    );
  }

  private own(unit: UnitDraft, entry: Entry) {
    if (!unit.entries.includes(entry)) unit.entries.push(entry);
    unit.files.add(entry.file);
  }

  private chartOnly(entry: Entry, ctx: ApplyContext) {
    const folder = chartUnitFolder(this.index, entry);
    const unit = this.units.get(
      folder ?? `entry:${entry.key}`,
      ctx,
      folder !== undefined ? {} : { folder: dirOf(entry.file) },
    );
    this.own(unit, entry);
    for (const source of entry.helmSources)
      unit.helmSources.push({ entry, source });
  }

  private withKustomization(
    ctx: ApplyContext,
    k: KustomizationInfo,
  ): ApplyContext {
    return {
      ...ctx,
      forcedNamespace: ctx.forcedNamespace ?? k.namespace,
      labels: { ...k.labels, ...ctx.labels },
      images: k.images.length
        ? [...(ctx.images ?? []), ...k.images]
        : ctx.images,
      namePrefix: `${ctx.namePrefix ?? ''}${k.namePrefix ?? ''}` || undefined,
      nameSuffix: `${k.nameSuffix ?? ''}${ctx.nameSuffix ?? ''}` || undefined,
    };
  }

  private file(path: string, ctx: ApplyContext, unit: UnitDraft | undefined) {
    this.reached.add(path);
    if (!unit) return;
    unit.files.add(path);
    this.origin(path, { unitKey: unit.key, ctx, unlisted: false });
    this.units.add(unit, fileInstances(this.index, path, ctx));
  }

  private origin(path: string, origin: FileOrigin) {
    const list = this.origins.get(path);
    if (list) list.push(origin);
    else this.origins.set(path, [origin]);
  }

  private missing(k: KustomizationInfo, written: string) {
    this.warnings.push({
      file: k.file,
      message: `resource '${written}' does not exist`,
    });
  }

  /** Everything under `dir` goes to `unit`. */
  private into(
    dir: string,
    ctx: ApplyContext,
    unit: UnitDraft,
    viaKustomize: boolean,
    seen: Set<string>,
  ) {
    if (seen.has(dir)) return;
    seen.add(dir);
    const k = readKustomization(this.index, dir);
    if (k) {
      this.reached.add(k.file);
      unit.files.add(k.file);
      const inner = this.withKustomization(ctx, k);
      this.inflate(k, inner, unit);
      for (const ref of [...k.resources, ...k.components]) {
        if (ref.type === 'file') this.file(ref.path, inner, unit);
        else if (ref.type === 'dir')
          this.into(ref.path, inner, unit, true, seen);
        else this.missing(k, ref.written);
      }
      return;
    }
    if (viaKustomize && !this.index.chartDirs.has(dir)) {
      this.warnings.push({
        file: dir,
        message:
          'listed as a kustomize resource but has no kustomization.yaml: its YAML files are read',
      });
    }
    for (const file of yamlFilesIn(this.index, dir)) this.file(file, ctx, unit);
    if (ctx.entry.recurse || viaKustomize) {
      for (const sub of this.index.dirChildren.get(dir) ?? []) {
        if (!this.index.chartDirs.has(sub))
          this.into(sub, ctx, unit, false, seen);
      }
    }
  }

  /** `dir` registers app folders: its own files are shared scaffolding, its sub-folders are units. */
  private aggregate(dir: string, ctx: ApplyContext, seen = new Set<string>()) {
    if (seen.has(dir)) return;
    seen.add(dir);
    this.splitParents.set(dir, ctx);
    const k = readKustomization(this.index, dir);
    if (!k) {
      for (const file of yamlFilesIn(this.index, dir))
        this.file(file, ctx, undefined);
      if (!ctx.entry.recurse) return;
      for (const sub of this.index.dirChildren.get(dir) ?? [])
        this.subFolder(sub, dir, ctx, seen);
      return;
    }
    this.reached.add(k.file);
    const inner = this.withKustomization(ctx, k);
    const fromSubFolder = new Map<string, string[]>();
    for (const ref of [...k.resources, ...k.components]) {
      if (ref.type === 'missing') this.missing(k, ref.written);
      else if (ref.type === 'dir' && ref.path !== dir && isUnder(ref.path, dir))
        this.subFolder(ref.path, dir, inner, seen);
      else if (
        ref.type === 'file' &&
        dirOf(ref.path) !== dir &&
        isUnder(ref.path, dir)
      ) {
        const sub = ref.path.slice(dir ? dir.length + 1 : 0).split('/')[0];
        const subDir = dir ? `${dir}/${sub}` : sub;
        fromSubFolder.set(subDir, [
          ...(fromSubFolder.get(subDir) ?? []),
          ref.path,
        ]);
      } else if (ref.type === 'file') this.file(ref.path, inner, undefined);
      else
        for (const file of reachableFiles(this.index, ref.path, true))
          this.reached.add(file);
    }
    for (const [subDir, files] of fromSubFolder) {
      if (files.length === 1) {
        const unit = this.units.get(subDir, inner, { splitFrom: dir });
        this.file(files[0], inner, unit);
      } else {
        for (const file of files)
          this.file(
            file,
            inner,
            this.units.get(file, inner, { splitFrom: dir, singleFile: file }),
          );
      }
    }
  }

  private subFolder(
    sub: string,
    parent: string,
    ctx: ApplyContext,
    seen: Set<string>,
  ) {
    if (this.index.chartDirs.has(sub)) return;
    if (registersOthers(this.index, sub, ctx.entry.recurse)) {
      this.aggregate(sub, ctx, seen);
      return;
    }
    this.into(
      sub,
      ctx,
      this.units.get(sub, ctx, { splitFrom: parent }),
      readKustomization(this.index, parent) !== undefined,
      new Set(),
    );
  }
}
