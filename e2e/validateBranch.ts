/* Validates every Kubernetes object in the files a branch changes against the upstream
 * schemas: `node -r @backstage/cli/config/nodeTransform.cjs e2e/validateBranch.ts <bare repo> <branch>`.
 * Prints one line per issue and exits non-zero when there is any. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createSchemaValidator, isNonApiObject } from '@homeport/plugin-gitops-common/validate';

async function main() {
  const [repo, branch] = process.argv.slice(2);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo }).toString();
  const changed = git('diff', '--name-only', '--diff-filter=AM', `main...${branch}`).split('\n').filter(p => /\.ya?ml$/.test(p));
  const validator = await createSchemaValidator({
    schemaDir: process.env.HOMEPORT_SCHEMAS_DIR ?? path.resolve(__dirname, '../../shared/crds'),
  });
  let objects = 0;
  const issues: string[] = [];
  for (const file of changed) {
    for (const doc of parseAllDocuments(git('show', `${branch}:${file}`))) {
      const obj = doc.toJS() as { apiVersion?: string; kind?: string } | null;
      if (!obj?.apiVersion || !obj.kind || isNonApiObject(obj.apiVersion)) continue;
      objects++;
      for (const issue of validator.validate(obj)) issues.push(`${file}: ${obj.kind}: ${issue.path}: ${issue.message}`);
    }
  }
  console.log(JSON.stringify({ files: changed, objects, issues }));
  process.exitCode = issues.length ? 1 : 0;
}

main();
