import { createTwoFilesPatch } from 'diff';
import { ChangeSet } from './types';

/**
 * The change set as a unified diff (`git apply` reads it); a deleted file is a patch to
 * `/dev/null`.
 *
 * @public
 */
export function changeSetToDiff(changeSet: ChangeSet): string {
  return changeSet.files
    .map(file =>
      createTwoFilesPatch(
        file.action === 'add' ? '/dev/null' : `a/${file.path}`,
        file.action === 'delete' ? '/dev/null' : `b/${file.path}`,
        file.previous ?? '',
        file.content,
        undefined,
        undefined,
        { context: 3 },
      ).replace(/^=+\n/, ''),
    )
    .join('');
}
