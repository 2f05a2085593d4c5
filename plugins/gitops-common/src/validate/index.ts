export { createSchemaValidator } from './createSchemaValidator';
export { isNonApiObject } from './nonApiObjects';
export { isValidQuantity } from './quantity';
export {
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
} from './names';
export type {
  DocumentValidationResult,
  SchemaValidator,
  SchemaValidatorOptions,
  ValidationIssue,
} from './types';
