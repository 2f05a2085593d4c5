/**
 * Homeport's generation core: specs, profiles, change sets, the repository reader and lint rules.
 *
 * @packageDocumentation
 */
export * from './permissions';
