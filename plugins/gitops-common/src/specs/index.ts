export * from './names';
export * from './common';
export * from './app';
export * from './backing';
export * from './secret';
export * from './exposure';
export * from './gpu';
export * from './spec';
export { parseSpecs, validateSpecs } from './parseSpecs';
