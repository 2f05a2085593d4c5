export type { RecordedStep, StepDone, StepStatus, StepsResponse } from './types';
export { markStepsDone, parseStepsFile, recordSteps, stepsFilePath } from './stepsFile';
export { describeCheck, describeDone } from './describeCheck';
