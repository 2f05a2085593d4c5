import { Rule } from '../../types';
import { duplicateObject } from './duplicateObject';
import { missingResource } from './missingResource';
import { secretInValues } from './secretInValues';
import { selectorMismatch } from './selectorMismatch';
import { undefinedClaim } from './undefinedClaim';
import { undefinedSecret } from './undefinedSecret';
import { yamlSyntax } from './yamlSyntax';

/** Rules every profile runs (L63-L65 and YAML syntax). */
export const GENERIC_RULES: readonly Rule[] = [
  yamlSyntax,
  missingResource,
  duplicateObject,
  selectorMismatch,
  undefinedSecret,
  undefinedClaim,
  secretInValues,
];
