import { ChartRelease } from './chartRelease';
import { valuesExistingClaims } from './helmValues';
import { Instance } from './instances';
import { arr, str } from './objects';
import { ServiceVolume } from './types';

/** A PersistentVolumeClaim, or the claim templates of a StatefulSet. */
export function objectVolumes(instance: Instance): ServiceVolume[] {
  const { object } = instance;
  const namespace = instance.namespace ? { namespace: instance.namespace } : {};
  const read = (
    claim: string,
    spec: unknown,
    source: ServiceVolume['source'],
  ): ServiceVolume => {
    const storageClass = str(spec, 'storageClassName');
    const size = str(spec, 'resources', 'requests', 'storage');
    const volumeName = str(spec, 'volumeName');
    return {
      claim,
      ...namespace,
      ...(storageClass ? { storageClass } : {}),
      ...(size ? { size } : {}),
      ...(volumeName ? { volumeName } : {}),
      source,
      file: instance.file,
    };
  };
  if (object.kind === 'PersistentVolumeClaim') {
    return [
      read(object.metadata.name ?? '', object.spec, 'PersistentVolumeClaim'),
    ];
  }
  if (object.kind === 'StatefulSet') {
    return arr(object, 'spec', 'volumeClaimTemplates').map(template =>
      read(
        str(template, 'metadata', 'name') ?? '',
        (template as { spec?: unknown }).spec,
        'volumeClaimTemplate',
      ),
    );
  }
  return [];
}

/** Claims a chart's values mount by name (`existingClaim`). */
export function releaseVolumes(release: ChartRelease): ServiceVolume[] {
  const namespace =
    release.workload.releaseNamespace ?? release.workload.namespace;
  return valuesExistingClaims(release.values, release.release).map(claim => ({
    claim,
    ...(namespace ? { namespace } : {}),
    source: 'values' as const,
    file: release.workload.file,
  }));
}
