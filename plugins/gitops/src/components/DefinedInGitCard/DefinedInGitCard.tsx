import { InfoCard, Link, WarningPanel } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { makeStyles, Typography } from '@material-ui/core';
import type { Finding } from '@homeport/plugin-gitops-common';
import { readGitopsAnnotations } from '../../annotations';
import { fileUrl } from '../../model/links';
import { EmptyText } from '../LiveCard';
import { StateLabel } from '../StateLabel';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  section: { marginTop: theme.spacing(2) },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  mono: { fontFamily: 'monospace', fontSize: '0.9em' },
  finding: { marginBottom: theme.spacing(1) },
}));

const SEVERITY_STATE = {
  error: 'failing',
  warning: 'suspended',
  info: 'unknown',
} as const;

function FileLink(props: { url?: string; children: string }) {
  const classes = useStyles();
  return props.url ? (
    <Link to={props.url} className={classes.mono}>
      {props.children}
    </Link>
  ) : (
    <span className={classes.mono}>{props.children}</span>
  );
}

function Findings(props: {
  findings: Finding[];
  link: (path: string, line?: number) => string | undefined;
}) {
  const classes = useStyles();
  if (!props.findings.length)
    return (
      <EmptyText>
        No lint findings: the service follows the repository's rules.
      </EmptyText>
    );
  return (
    <ul className={classes.list} aria-label="Lint findings">
      {props.findings.map(f => (
        <li
          key={`${f.file}:${f.line}:${f.ruleId}:${f.message}`}
          className={classes.finding}
        >
          <StateLabel
            state={SEVERITY_STATE[f.severity] ?? 'unknown'}
            text={f.severity}
          />{' '}
          <FileLink
            url={props.link(f.file, f.line)}
          >{`${f.file}:${f.line}`}</FileLink>{' '}
          <Typography component="span" variant="body2">
            {f.message}
          </Typography>{' '}
          <Typography component="span" variant="caption" color="textSecondary">
            ({f.ruleId})
          </Typography>
          {f.fix && (
            <Typography variant="body2" color="textSecondary">
              Fix: {f.fix}
            </Typography>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Defined in git: the repository, folder and commit of the service, its files with
 * links and its lint findings (the manual steps have their own card). Reads the entity only.
 */
export function DefinedInGitCard(props: { entity: Entity }) {
  const classes = useStyles();
  const a = readGitopsAnnotations(props.entity);
  const link = (path: string, line?: number) =>
    fileUrl(a.sourceLocation, a.folder, path, line);
  const errors = a.findings.filter(f => f.severity === 'error').length;
  return (
    <InfoCard
      title="Defined in git"
      subheader={a.repository ? `Repository ${a.repository}` : undefined}
    >
      <section aria-label="Defined in git">
        {a.problems.length > 0 && (
          <WarningPanel
            severity="warning"
            title="Some annotations could not be read"
            message={a.problems.join('; ')}
          />
        )}
        <dl className={classes.facts}>
          <dt>Repository</dt>
          <dd>{a.repository ?? 'unknown'}</dd>
          <dt>Profile</dt>
          <dd>{a.profile ?? 'unknown'}</dd>
          <dt>Folder</dt>
          <dd>
            {a.folder ? (
              <FileLink url={link(a.folder)}>{a.folder}</FileLink>
            ) : (
              'unknown'
            )}
          </dd>
          <dt>Commit</dt>
          <dd className={classes.mono}>
            {a.commit ? a.commit.slice(0, 12) : 'unknown'}
          </dd>
        </dl>
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h3">
            Files ({a.files.length})
          </Typography>
          {a.files.length ? (
            <ul className={classes.list} aria-label="Files">
              {a.files.map(f => (
                <li key={f}>
                  <FileLink url={link(f)}>{f}</FileLink>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyText>The catalog lists no file for this service.</EmptyText>
          )}
        </div>
        <div className={classes.section}>
          <Typography variant="subtitle2" component="h3">
            Lint findings ({a.findings.length}
            {errors ? `, ${errors} errors` : ''})
          </Typography>
          <Findings findings={a.findings} link={link} />
        </div>
      </section>
    </InfoCard>
  );
}
