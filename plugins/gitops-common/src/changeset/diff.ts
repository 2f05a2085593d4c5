import { createTwoFilesPatch } from 'diff';
import { ChangeSet } from './types';

/**
 * The change set as a unified diff (`git apply` reads it).
 *
 * @public
 */
export function changeSetToDiff(changeSet: ChangeSet): string {
  return changeSet.files
    .map(file =>
      createTwoFilesPatch(
        file.action === 'add' ? '/dev/null' : `a/${file.path}`,
        `b/${file.path}`,
        file.previous ?? '',
        file.content,
        undefined,
        undefined,
        { context: 3 },
      ).replace(/^=+\n/, ''),
    )
    .join('');
}
