import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { ReactNode } from 'react';

/** Props every card of live cluster state takes. */
export interface LiveCardProps<T> {
  value?: T;
  loading: boolean;
  error?: Error;
}

/**
 * A card of live cluster state: a progress bar while loading, the error when reading
 * failed, otherwise its content.
 */
export function LiveCard(props: {
  title: string;
  subheader?: string;
  loading: boolean;
  error?: Error;
  action?: ReactNode;
  children?: ReactNode;
}) {
  const { title, subheader, loading, error, action, children } = props;
  let body: ReactNode = children;
  if (loading) {
    body = <Progress aria-label={`Loading ${title}`} />;
  } else if (error) {
    body = (
      <WarningPanel
        severity="error"
        title="Could not read the cluster state"
        message={error.message}
      />
    );
  }
  return (
    <InfoCard title={title} subheader={subheader} action={action}>
      <section aria-label={title}>{body}</section>
    </InfoCard>
  );
}

/** The explicit empty state of a card. */
export function EmptyText(props: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="textSecondary" role="status">
      {props.children}
    </Typography>
  );
}
