import { dirOf } from '../../../tree/paths';
import { applicationPaths } from '../../kustomize';
import { RawFinding } from '../../types';
import { atFile, isUnder } from '../helpers';
import { applications, ArgoRule, doc } from './common';

/** L39: each shared data cluster has an Application of its own. */
export const dataApplication: ArgoRule = {
  ...doc('data-application', 'error', 'L39', 'each pg-* / redis-* definition has its own Argo Application.'),
  title: 'Each shared data cluster has its own Application',
  description: "Every folder of the data definitions (the parent of the postgres definitions folder: pg-*, valkey, redis…) that holds a kustomization nothing else includes is the source path of an Argo CD Application.",
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const base = dirOf(options.postgres.dir);
    const graph = index.kustomize;
    const included = new Set<string>();
    for (const k of graph.byDir.values()) for (const e of k.entries) if (e.use === 'resource' && e.target) included.add(e.target);
    const deployed = new Set(applications(index).flatMap(applicationPaths));
    for (const k of graph.byDir.values()) {
      if (!isUnder(k.dir, base) || included.has(k.dir) || deployed.has(k.dir)) continue;
      out.push(atFile(k.file, `${k.dir}/ is deployed by no Argo CD Application`, `Add ${options.argocd.appsDir}/${k.dir.split('/').pop()}-app.yaml with source.path ${k.dir}, and list it in ${options.argocd.appsDir}/kustomization.yaml.`));
    }
    return out;
  },
};
