import { InputError } from '@backstage/errors';
import { parseDocument } from 'yaml';
import { ZodError } from 'zod';
import { profileDocument, ProfileDocument } from './schema';

/** Where a document came from, for error messages. */
export type ProfileSource = string;

/** A zod error in words: each issue with the dotted path of the field it is about. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map(issue => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Validates a profile document given as data (app-config.yaml, or parsed YAML). */
export function parseProfileObject(value: unknown, source: ProfileSource): ProfileDocument {
  const result = profileDocument.safeParse(value);
  if (!result.success) {
    throw new InputError(`${source} is not a valid Homeport profile: ${describeZodError(result.error)}`);
  }
  return result.data;
}

/** Parses and validates the text of `.homeport/profile.yaml`. */
export function parseProfileYaml(text: string, source: ProfileSource): ProfileDocument {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    throw new InputError(`${source} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  }
  return parseProfileObject(doc.toJS(), source);
}
