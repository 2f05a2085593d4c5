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
 * A matcher of a template's shape, compiled once: it gives the values of the template's
 * placeholders in a concrete path, or `undefined` when the path does not have the
 * template's shape: `kubernetes/apps/{namespace}/{app}` matches
 * `kubernetes/apps/default/atuin` with `{ namespace: 'default', app: 'atuin' }`.
 */
export function templateMatcher(template: string): (value: string) => Partial<TemplateVars> | undefined {
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
  const pattern = new RegExp(`^${source}$`);
  return value => {
    const match = pattern.exec(value);
    if (!match) return undefined;
    const vars: Partial<TemplateVars> = {};
    keys.forEach((key, i) => {
      vars[key] = match[i + 1];
    });
    return vars;
  };
}

/** {@link templateMatcher} for one value. */
export function matchTemplate(template: string, value: string): Partial<TemplateVars> | undefined {
  return templateMatcher(template)(value);
}
