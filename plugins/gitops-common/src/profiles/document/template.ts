/** Values of the placeholders a profile document's templates may use. */
export interface TemplateVars {
  app: string;
  namespace: string;
  domain: string;
}

/** Fills `{app}`, `{namespace}` and `{domain}` in a profile document's template. */
export function fillTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\{(app|namespace|domain)\}/g, (_, key: keyof TemplateVars) => vars[key]);
}

/**
 * The values of a template's placeholders in a concrete path, or `undefined` when the
 * path does not have the template's shape: `kubernetes/apps/{namespace}/{app}` matches
 * `kubernetes/apps/default/atuin` with `{ namespace: 'default', app: 'atuin' }`.
 */
export function matchTemplate(template: string, value: string): Partial<TemplateVars> | undefined {
  const keys: (keyof TemplateVars)[] = [];
  const source = template
    .split(/(\{(?:app|namespace|domain)\})/)
    .map(part => {
      const key = /^\{(app|namespace|domain)\}$/.exec(part)?.[1] as keyof TemplateVars | undefined;
      if (!key) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(key);
      return key === 'domain' ? '(.+?)' : '([^/]+?)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match) return undefined;
  const vars: Partial<TemplateVars> = {};
  keys.forEach((key, i) => {
    vars[key] = match[i + 1];
  });
  return vars;
}
