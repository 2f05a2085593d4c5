import {
  FileTree,
  GITOPS_ANNOTATIONS,
  parseStepsFile,
  ServiceModel,
  stepsFilePath,
} from '@homeport/plugin-gitops-common';

/**
 * The `homeport.dev/manual-steps` annotation of a service: the steps its steps file
 * records (see `stepsFilePath`), done or owed. Nothing for a service without a steps
 * file, so that the entity page says the repository does not record any. A steps file
 * that is not one (`gitops:lint` refuses to write such a file) is left off the same way.
 */
export function recordedStepsAnnotation(
  service: ServiceModel,
  tree: FileTree,
): Record<string, string> {
  const path = stepsFilePath({}, service.id);
  const text = tree.read(path);
  if (text === undefined) return {};
  try {
    const steps = parseStepsFile(path, text).filter(s => s.app === service.id);
    return { [GITOPS_ANNOTATIONS.manualSteps]: JSON.stringify(steps) };
  } catch {
    return {};
  }
}
