import { refusalMessage } from './refusalMessage';

/** What ResponseError.fromResponse makes of a failed dry run. */
function responseError(body: object) {
  return Object.assign(new Error('Request failed with 409 Conflict'), { name: 'ResponseError', body });
}

const PARAMETERS = [
  { title: 'The app', properties: { name: { title: 'Name', type: 'string', pattern: '^[a-z]+$', maxLength: 40 } } },
  { title: 'The image', properties: { tag: { title: 'Tag', type: 'string' } } },
];

describe('refusalMessage', () => {
  it("shows the action's own message, not the status line", () => {
    const error = responseError({
      error: { name: 'ConflictError', message: "App 'whoami' already exists (apps/whoami/)", stack: 'ConflictError: ...\n    at render' },
      response: { statusCode: 409 },
    });
    expect(refusalMessage(error, PARAMETERS)).toBe("App 'whoami' already exists (apps/whoami/)");
  });

  it('names the fields the schema check rejects by their titles, without regexes', () => {
    const body = {
      errors: [
        { property: 'instance.name', name: 'pattern', argument: '^[a-z]+$', message: 'does not match pattern "^[a-z]+$"' },
        { property: 'instance.name', name: 'maxLength', argument: 40, message: 'does not meet maximum length of 40' },
        { property: 'instance', name: 'required', argument: 'tag', message: 'requires property "tag"' },
      ],
    };
    const error = responseError({
      error: { name: 'Error', message: `Request failed with status 400 Bad Request, ${JSON.stringify(body)}` },
      response: { statusCode: 400 },
    });
    expect(refusalMessage(error, PARAMETERS)).toBe(
      'Name: is not in the form this field asks for (see its help text); Name: must be at most 40 characters; Tag: is required',
    );
  });

  it('falls back to the plain message of other errors', () => {
    expect(refusalMessage(new Error('Template default/x is not in the catalog'))).toBe('Template default/x is not in the catalog');
  });
});
