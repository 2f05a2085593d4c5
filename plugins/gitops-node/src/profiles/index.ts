export { gitopsProfileRegistryServiceRef } from './profileRegistryServiceRef';
