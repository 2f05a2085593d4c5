export { StateLabel, stateText } from './StateLabel';
