/**
 * Node.js helpers shared by Homeport's backend modules and command line.
 *
 * @packageDocumentation
 */
export * from './config';
export * from './git';
export * from './tree';
export * from './profiles';
export * from './charts';
export * from './pending';
