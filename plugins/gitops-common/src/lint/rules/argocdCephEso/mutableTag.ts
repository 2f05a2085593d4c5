import { mutableTagRule } from '../shared/mutableTag';
import { doc } from './common';

/** L44: Kyverno's disallow-latest, as a lint rule. */
export const mutableTag = mutableTagRule(doc('mutable-tag', 'warning', 'L44', 'Kyverno-derived rules: "disallow :latest".'), false);
