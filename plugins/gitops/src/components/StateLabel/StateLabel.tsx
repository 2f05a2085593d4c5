import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { LiveState } from '../../model/types';

const TEXT: Record<LiveState, string> = {
  ready: 'Ready',
  failing: 'Failing',
  progressing: 'Progressing',
  suspended: 'Suspended',
  unknown: 'Unknown',
};

/** The words for a state, as the labels and the overview filter show them. */
export function stateText(state: LiveState): string {
  return TEXT[state];
}

/** A state as a coloured status label: Ready, Failing, Progressing, Suspended, Unknown. */
export function StateLabel(props: { state: LiveState; text?: string }) {
  const text = props.text ?? TEXT[props.state];
  switch (props.state) {
    case 'ready':
      return <StatusOK>{text}</StatusOK>;
    case 'failing':
      return <StatusError>{text}</StatusError>;
    case 'progressing':
      return <StatusPending>{text}</StatusPending>;
    case 'suspended':
      return <StatusWarning>{text}</StatusWarning>;
    default:
      return <StatusAborted>{text}</StatusAborted>;
  }
}
