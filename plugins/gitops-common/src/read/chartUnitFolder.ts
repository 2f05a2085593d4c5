import { dirOf } from '../tree/paths';
import { Entry } from './entries';
import { RepoIndex } from './repoIndex';

/**
 * The app folder of an Application that installs only charts: the chart's own folder
 * when the chart is in the repository (its values files may sit in a folder shared by
 * every app, such as `clusters/<name>/values/`), else the folder of its first values
 * file; undefined when it has neither.
 */
export function chartUnitFolder(
  index: RepoIndex,
  entry: Entry,
): string | undefined {
  const local = entry.helmSources.find(s => s.localPath !== undefined);
  if (local) return local.localPath;
  const valuesFile = entry.helmSources
    .flatMap(s => s.valueFiles)
    .find(f => index.files.has(f));
  return valuesFile !== undefined ? dirOf(valuesFile) : undefined;
}
