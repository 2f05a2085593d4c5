/**
 * Node.js helpers shared by Homeport's backend modules.
 *
 * @packageDocumentation
 */
export * from './config';
export * from './git';
