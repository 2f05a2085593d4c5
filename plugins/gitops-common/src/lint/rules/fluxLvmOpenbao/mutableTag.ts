import { mutableTagRule } from '../shared/mutableTag';
import { doc } from './common';

/** L06: no latest (or its variants), no sliding versions, in workloads and Helm values. */
export const mutableTag = mutableTagRule(
  doc(
    'mutable-tag',
    'error',
    'L06',
    '"**Do not** use: latest (or its variants like stable, current, main, master current); \'Sliding\' versions, like 1 or 1.2 …" and "As a last resort … pin digest of image."',
  ),
  true,
);
