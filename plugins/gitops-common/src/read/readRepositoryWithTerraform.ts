import { FileTree } from '../tree/FileTree';
import { readRepository } from './readRepository';
import { parseTerraform } from './terraform/parseTerraform';
import { ReadOptions, RepositoryModel } from './types';

/**
 * {@link readRepository} with the repository's Terraform / OpenTofu / Terragrunt files
 * read as well: they are parsed first (HCL's parser is asynchronous), then the read
 * itself stays pure and synchronous.
 *
 * @public
 */
export async function readRepositoryWithTerraform(
  tree: FileTree,
  options: Omit<ReadOptions, 'terraform'> = {},
): Promise<RepositoryModel> {
  return readRepository(tree, {
    ...options,
    terraform: await parseTerraform(tree),
  });
}
