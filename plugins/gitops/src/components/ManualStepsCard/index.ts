export { ManualStepsCard } from './ManualStepsCard';
