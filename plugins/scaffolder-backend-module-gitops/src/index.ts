/**
 * Homeport's scaffolder actions.
 *
 * @packageDocumentation
 */
export {};
