/**
 * Homeport's generation core: specs, profiles, change sets, the repository reader and
 * lint rules. Pure functions over file trees; no Backstage services, no I/O.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './specs';
export * from './tree';
export * from './changeset';
export * from './yaml';
export * from './render';
export * from './charts';
export * from './profiles';
export * from './read';
export * from './lint';
export * from './catalog';
export * from './privilege';
export * from './check';
export * from './pending';
export * from './steps';
