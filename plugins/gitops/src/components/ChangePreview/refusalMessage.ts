import { JsonObject } from '@backstage/types';

/** One error of the scaffolder's JSON schema check of the form values (jsonschema's shape). */
interface SchemaError {
  property?: string;
  name?: string;
  argument?: unknown;
  message?: string;
}

/** The step parameters of a template: `spec.parameters`, one object or a list of them. */
type Parameters = JsonObject | JsonObject[] | undefined;

/** The title (else the key) of form field `key` in the template's parameters. */
function fieldTitle(parameters: Parameters, key: string): string {
  for (const step of [parameters ?? []].flat()) {
    const property = (step.properties as JsonObject | undefined)?.[key] as JsonObject | undefined;
    if (property) return typeof property.title === 'string' ? property.title : key;
  }
  return key;
}

/** One schema error in words: the field's title and what is wrong, never a regex. */
function schemaErrorText(error: SchemaError, parameters: Parameters): string {
  const path = (error.property ?? '').replace(/^instance\.?/, '');
  const key = error.name === 'required' ? String(error.argument) : path.split(/[.[]/)[0];
  const title = key ? fieldTitle(parameters, key) : 'The form';
  switch (error.name) {
    case 'required':
      return `${title}: is required`;
    case 'pattern':
      return `${title}: is not in the form this field asks for (see its help text)`;
    case 'maxLength':
      return `${title}: must be at most ${error.argument} characters`;
    case 'minLength':
      return `${title}: must be at least ${error.argument} characters`;
    case 'enum':
      return `${title}: must be one of the offered choices`;
    default:
      return `${title}: ${error.message ?? 'is not valid'}`;
  }
}

/** `text` parsed as JSON, or undefined. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The precise reason the dry run refused the change, as the task log would show it:
 * the server's own error message (an `InputError`, `ConflictError`, `NotAllowedError`
 * of a Homeport action), or the form values the scaffolder's schema check rejected, by
 * field title. Never the HTTP status line or a stack trace.
 */
export function refusalMessage(error: unknown, parameters?: Parameters): string {
  const e = error as {
    name?: string;
    message?: string;
    body?: { error?: { name?: string; message?: string } };
  };
  const remote = e?.body?.error?.message;
  if (remote) {
    // A body the client could not parse as an error (the schema check answers { errors }).
    const raw = /^Request failed with status \d+[^,]*, ([\s\S]*)$/.exec(remote);
    if (raw) {
      const parsed = parseJson(raw[1]) as { errors?: SchemaError[]; error?: { message?: string } } | undefined;
      if (parsed?.errors?.length) return parsed.errors.map(err => schemaErrorText(err, parameters)).join('; ');
      if (parsed?.error?.message) return parsed.error.message;
      return raw[1];
    }
    return remote;
  }
  return e?.message ?? String(error);
}
