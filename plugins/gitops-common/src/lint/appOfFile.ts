import type { AppFolder } from './layouts';

/**
 * The app whose folder holds a file: the first of `apps` (in their order) with the file
 * in or below its folder. Looked up through the file's parent folders, not by scanning
 * every app for every finding.
 */
export function appOfFile(apps: readonly AppFolder[]): (file: string) => string | undefined {
  const byFolder = new Map<string, number>();
  let everywhere: number | undefined;
  apps.forEach((a, i) => {
    if (a.folder === '') everywhere ??= i;
    else if (!byFolder.has(a.folder)) byFolder.set(a.folder, i);
  });
  return file => {
    let best = everywhere;
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
      const found = byFolder.get(file.slice(0, i));
      if (found !== undefined && (best === undefined || found < best)) best = found;
    }
    return best === undefined ? undefined : apps[best].app;
  };
}
