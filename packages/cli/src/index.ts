/**
 * The homeport command line.
 *
 * @packageDocumentation
 */
export { createProgram } from './program';
