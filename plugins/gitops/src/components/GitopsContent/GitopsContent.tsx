import { WarningPanel } from '@backstage/core-components';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import { useEntity } from '@backstage/plugin-catalog-react';
import { readGitopsAnnotations } from '../../annotations';
import { useServiceState } from '../../hooks/useServiceState';
import { DatabaseCard } from '../DatabaseCard';
import { DefinedInGitCard } from '../DefinedInGitCard';
import { UnderstandingCard } from '../UnderstandingCard';
import { DeliveryCard } from '../DeliveryCard';
import { GpuCard } from '../GpuCard';
import { ManualStepsCard } from '../ManualStepsCard';
import { WorkloadsCard } from '../WorkloadsCard';

/** The GitOps tab of a service, for the given entity. */
export function GitopsServiceView(props: { entity: Entity }) {
  const { entity } = props;
  const annotations = readGitopsAnnotations(entity);
  const { value, loading, error, retry } = useServiceState(entity);
  const live = {
    value,
    loading,
    error,
    kubernetesId: annotations.kubernetesId,
  };
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12}>
        <Box display="flex" alignItems="center" justifyContent="space-between">
          <Typography
            variant="body2"
            color="textSecondary"
            aria-label="Clusters"
          >
            {value &&
              (value.clusters.length
                ? `Live state from cluster${
                    value.clusters.length > 1 ? 's' : ''
                  } ${value.clusters.join(
                    ', ',
                  )}, objects labelled backstage.io/kubernetes-id=${
                    annotations.kubernetesId
                  }.`
                : `No cluster holds objects labelled backstage.io/kubernetes-id=${annotations.kubernetesId}.`)}
          </Typography>
          <Button size="small" onClick={retry} disabled={loading}>
            Refresh
          </Button>
        </Box>
        {value && value.issues.length > 0 && (
          <WarningPanel
            severity="error"
            title={`The cluster${value.issues.length > 1 ? 's' : ''} reported ${
              value.issues.length
            } error${value.issues.length > 1 ? 's' : ''}`}
            message={value.issues
              .map(i => `${i.cluster}: ${i.message}`)
              .join('\n')}
          />
        )}
      </Grid>
      <Grid item xs={12} md={6}>
        <DeliveryCard {...live} onChanged={retry} />
      </Grid>
      <Grid item xs={12} md={6}>
        <DatabaseCard {...live} />
      </Grid>
      <Grid item xs={12}>
        <WorkloadsCard {...live} entityRef={stringifyEntityRef(entity)} />
      </Grid>
      <Grid item xs={12}>
        <GpuCard {...live} gitWorkloads={annotations.workloads} />
      </Grid>
      <Grid item xs={12} md={6}>
        <DefinedInGitCard entity={entity} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ManualStepsCard entity={entity} />
      </Grid>
    </Grid>
  );
}

/** The "GitOps" entity tab: delivery, database, workloads, GPU, what git defines and the manual steps. */
export function GitopsContent() {
  const { entity } = useEntity();
  return <GitopsServiceView entity={entity} />;
}

/** The "What Homeport understood" card of a repository System's overview. */
export function EntityUnderstandingCard() {
  const { entity } = useEntity();
  return <UnderstandingCard entity={entity} />;
}

/** The "Defined in git" card of the entity page's overview. */
export function EntityDefinedInGitCard() {
  const { entity } = useEntity();
  return <DefinedInGitCard entity={entity} />;
}

/** The "Manual steps" card of the entity page's overview. */
export function EntityManualStepsCard() {
  const { entity } = useEntity();
  return <ManualStepsCard entity={entity} />;
}
