import { InfoCard, Link, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { makeStyles, Typography } from '@material-ui/core';
import { describeCheck } from '@homeport/plugin-gitops-common/steps';
import useAsync from 'react-use/esm/useAsync';
import { readGitopsAnnotations } from '../../annotations';
import { gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import { markDoneLink, StepRow, stepRows } from '../../model/manualSteps';
import { EmptyText } from '../LiveCard';
import { StateLabel } from '../StateLabel';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  step: { marginBottom: theme.spacing(1.5) },
}));

const STATE = { done: 'ready', owed: 'suspended', unknown: 'unknown', checking: 'progressing' } as const;
const STATUS_TEXT = { done: 'Done', owed: 'Owed', unknown: 'Unknown', checking: 'Checking' } as const;
const SOURCE_TEXT = { git: 'git', cluster: 'cluster', dns: 'DNS', person: 'a person' } as const;

function Step(props: { row: StepRow; entityRef: string }) {
  const classes = useStyles();
  const { step, status, source, evidence } = props.row;
  return (
    <li className={classes.step} aria-label={step.title}>
      <StateLabel state={STATE[status]} text={STATUS_TEXT[status]} />{' '}
      <Typography component="span" variant="body2">
        <strong>{step.title}</strong> ({step.owner})
      </Typography>
      <Typography variant="body2">{step.detail}</Typography>
      <Typography variant="body2" color="textSecondary">
        How to check: {describeCheck(step.check)}
      </Typography>
      {evidence && (
        <Typography variant="body2" color="textSecondary">
          {source ? `Found (${SOURCE_TEXT[source]}): ` : ''}
          {evidence}
        </Typography>
      )}
      {status !== 'done' && (
        <Typography variant="body2">
          <Link to={markDoneLink(props.entityRef, [step.id])}>Mark done</Link>{' '}
          <Typography component="span" variant="caption" color="textSecondary">
            ({step.id})
          </Typography>
        </Typography>
      )}
    </li>
  );
}

/**
 * Manual steps: what the repository records that a person owes for the service (a DNS
 * name, an OIDC application, secret values, a Talos apply), each with how to check it.
 * The backend ticks what it can see by itself (a Secret's keys and an ExternalSecret's
 * Ready condition in the cluster, a host that resolves); the rest is marked done by pull
 * request through the steps-done template.
 */
export function ManualStepsCard(props: { entity: Entity }) {
  const classes = useStyles();
  const api = useApi(gitopsBackendApiRef);
  const entityRef = stringifyEntityRef(props.entity);
  const { manualSteps: steps, problems } = readGitopsAnnotations(props.entity);
  const checked = useAsync(
    async () => (steps?.length ? (await api.checkSteps(entityRef)).items : []),
    [api, entityRef, steps?.length],
  );
  if (!steps) {
    return (
      <InfoCard title="Manual steps">
        {problems.length > 0 ? (
          <WarningPanel severity="warning" title="The recorded steps could not be read" message={problems.join('; ')} />
        ) : (
          <EmptyText>The repository records no manual steps for this service.</EmptyText>
        )}
      </InfoCard>
    );
  }
  const { owed, done } = stepRows(steps, checked.error ? [] : checked.value);
  return (
    <InfoCard title="Manual steps" subheader={`${owed.length} owed, ${done.length} done`}>
      <section aria-label="Manual steps">
        {checked.error && (
          <WarningPanel
            severity="warning"
            title="Homeport could not check the steps"
            message={`${checked.error.message}. Only the steps marked done in git show as done.`}
          />
        )}
        <div>
          <Typography variant="subtitle2" component="h3">
            Still owed ({owed.length})
          </Typography>
          {owed.length ? (
            <ul className={classes.list} aria-label="Owed steps">
              {owed.map(r => (
                <Step key={r.step.id} row={r} entityRef={entityRef} />
              ))}
            </ul>
          ) : (
            <EmptyText>Nothing is left to do by hand.</EmptyText>
          )}
          {owed.length > 1 && (
            <Typography variant="body2">
              <Link to={markDoneLink(entityRef, owed.map(r => r.step.id))}>Mark all owed steps done</Link>
            </Typography>
          )}
        </div>
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h3">
            Done ({done.length})
          </Typography>
          {done.length ? (
            <ul className={classes.list} aria-label="Done steps">
              {done.map(r => (
                <Step key={r.step.id} row={r} entityRef={entityRef} />
              ))}
            </ul>
          ) : (
            <EmptyText>No step is done yet.</EmptyText>
          )}
        </div>
      </section>
    </InfoCard>
  );
}
