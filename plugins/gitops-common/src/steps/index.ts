export type { RecordedStep, StepDone } from './types';
export { markStepsDone, parseStepsFile, recordSteps, stepsFilePath } from './stepsFile';
