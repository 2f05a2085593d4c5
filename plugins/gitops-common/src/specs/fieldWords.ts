/** How the forms and the docs name the fields of a spec, by path (`*` for an array index). */
const LABELS: Record<string, string> = {
  name: 'Name',
  app: 'App',
  owner: 'Owner',
  description: 'Description',
  namespace: 'Namespace',
  'source.type': 'Source',
  'source.repository': 'Image repository',
  'source.repository.type': 'Chart repository type',
  'source.repository.url': 'Chart repository URL',
  'source.repository.name': 'Chart repository name',
  'source.chart': 'Chart',
  'source.version': 'Chart version',
  'source.tag': 'Tag',
  'source.replicas': 'Replicas',
  'source.ports.*.port': 'Port',
  'source.ports.*.name': 'Port name',
  'source.env.*.name': 'Environment variable name',
  'source.images.*.path': 'Image tag path',
  'source.images.*.repository': 'Image repository',
  'source.images.*.tag': 'Image tag',
  repository: 'Image repository',
  tag: 'Tag',
  vendor: 'GPU vendor',
  count: 'GPUs',
  'modelVolume.size': 'Models volume size',
  size: 'Size',
  database: 'Database name',
  mode: 'Use',
  host: 'Host',
  port: 'Port',
  portName: 'Port name',
  protocol: 'Protocol',
  path: 'Store path',
  'keys.*': 'Key name',
};

/** `modelVolume` as `model volume`. */
function words(segment: string): string {
  return segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * A spec field in words, as the template forms title it: `Tag` for `source.tag`,
 * `Key name 2` for `keys.1`. Fields without a form title read as their path in words.
 *
 * @public
 */
export function fieldWords(path: readonly (string | number)[]): string {
  if (!path.length) return 'The spec';
  const pattern = path.map(p => (typeof p === 'number' ? '*' : p)).join('.');
  const indices = path.filter((p): p is number => typeof p === 'number');
  const ordinal = indices.length ? ` ${indices[indices.length - 1] + 1}` : '';
  const label = LABELS[pattern];
  if (label) return `${label}${ordinal}`;
  const text = path.map(p => (typeof p === 'number' ? String(p + 1) : words(p))).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
