import {
  Content,
  ContentHeader,
  Link,
  Progress,
  SupportButton,
  WarningPanel,
} from '@backstage/core-components';
// core-plugin-api's useRouteRef resolves in apps on either frontend system.
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityDisplayName,
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  InputLabel,
  makeStyles,
  MenuItem,
  Paper,
  Select,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@material-ui/core';
import { ChangeEvent, useDeferredValue, useMemo, useState } from 'react';
import {
  useDeliveryIndex,
  useGitopsServices,
} from '../../hooks/useGitopsServices';
import {
  filterRows,
  OverviewFilter,
  OverviewRow,
  SortKey,
  summarizeDelivery,
} from '../../model/overview';
import { LiveState } from '../../model/types';
import { PendingChangesCard } from '../PendingChangesCard';
import { StateLabel, stateText } from '../StateLabel';
import { RepositoriesUnderstanding } from '../UnderstandingCard';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
  },
  search: { minWidth: 280, flex: 1 },
  select: { minWidth: 170 },
  message: {
    display: 'block',
    maxWidth: 420,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: theme.palette.text.secondary,
  },
  errors: { color: theme.palette.error.main, fontWeight: 600 },
}));

const STATES: (LiveState | 'none')[] = [
  'ready',
  'failing',
  'progressing',
  'suspended',
  'unknown',
  'none',
];
const PAGE_SIZES = [25, 50, 100];

function DeliveryCell(props: { row: OverviewRow; loading: boolean }) {
  const classes = useStyles();
  const { delivery } = props.row;
  if (props.loading) return <Typography variant="caption">reading…</Typography>;
  if (delivery.state === 'none') {
    return (
      <Typography variant="caption" color="textSecondary">
        no labelled Flux or Argo CD object
      </Typography>
    );
  }
  const kinds = delivery.objects
    .map(o => `${o.ref.kind} ${o.ref.name}`)
    .join(', ');
  return (
    <>
      <StateLabel
        state={delivery.state}
        text={`${stateText(delivery.state)}: ${kinds}`}
      />
      {delivery.message && delivery.state !== 'ready' && (
        <span className={classes.message} title={delivery.message}>
          {delivery.message}
        </span>
      )}
    </>
  );
}

/** An owner, linked to its page when the catalog's entity pages are installed. */
function Owner(props: { entityRef: string; linked: boolean }) {
  return props.linked ? (
    <EntityRefLink entityRef={props.entityRef} defaultKind="group" />
  ) : (
    <EntityDisplayName entityRef={props.entityRef} defaultKind="group" />
  );
}

/**
 * The GitOps overview: every service of every configured repository with its delivery
 * state, owner and lint findings; filter, search and sort in the browser, one page of
 * rows rendered at a time. Above them, what the read did not understand of a repository.
 */
export function GitopsOverviewPage() {
  const classes = useStyles();
  const services = useGitopsServices();
  const index = useDeliveryIndex();
  const entityRoute = useRouteRef(entityRouteRef);
  /** The GitOps tab of a service's entity page (the catalog's route, if it is installed). */
  const gitopsTabOf = (ref: string) => {
    const params = entityRouteParams(ref);
    const page = entityRoute
      ? entityRoute(params)
      : `/catalog/${params.namespace}/${params.kind}/${params.name}`;
    return `${page}/gitops`;
  };
  const [filter, setFilter] = useState<OverviewFilter>({
    query: '',
    withFindings: false,
  });
  const query = useDeferredValue(filter.query);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>(
    { key: 'name', direction: 'asc' },
  );
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);

  const rows = useMemo<OverviewRow[]>(
    () =>
      (services.value ?? []).map(r => ({
        ...r,
        delivery: summarizeDelivery(
          index.value?.byKubernetesId.get(r.kubernetesId),
        ),
      })),
    [services.value, index.value],
  );
  const repositories = useMemo(
    () => [...new Set(rows.map(r => r.repository))].sort(),
    [rows],
  );
  const owners = useMemo(
    () =>
      [...new Set(rows.map(r => r.owner).filter(Boolean) as string[])].sort(),
    [rows],
  );
  const shown = useMemo(
    () => filterRows(rows, { ...filter, query }, sort),
    [rows, filter, query, sort],
  );
  const lastPage = Math.max(0, Math.ceil(shown.length / pageSize) - 1);
  const current = Math.min(page, lastPage);
  const pageRows = shown.slice(current * pageSize, (current + 1) * pageSize);

  const update = (change: Partial<OverviewFilter>) => {
    setFilter(f => ({ ...f, ...change }));
    setPage(0);
  };
  const sortBy = (key: SortKey) =>
    setSort(s => ({
      key,
      direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc',
    }));
  const header = (key: SortKey, label: string) => (
    <TableCell sortDirection={sort.key === key ? sort.direction : false}>
      <TableSortLabel
        active={sort.key === key}
        direction={sort.key === key ? sort.direction : 'asc'}
        onClick={() => sortBy(key)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Content>
      <ContentHeader title="GitOps services">
        <SupportButton>
          Every service of every configured GitOps repository, with the state of
          the Flux or Argo CD object that delivers it, its owner and its lint
          findings.
        </SupportButton>
      </ContentHeader>
      <PendingChangesCard />
      <RepositoriesUnderstanding />
      {services.error && (
        <WarningPanel
          severity="error"
          title="Could not read the services from the catalog"
          message={services.error.message}
        />
      )}
      {index.error && (
        <WarningPanel
          severity="error"
          title="Could not read the delivery state from the clusters"
          message={index.error.message}
        />
      )}
      {index.value && index.value.issues.length > 0 && (
        <WarningPanel
          severity="warning"
          title="Some clusters reported errors"
          message={index.value.issues
            .map(i => `${i.cluster}: ${i.message}`)
            .join('\n')}
        />
      )}
      {index.value &&
        rows.length > 0 &&
        !index.value.repositories.length &&
        !index.value.perService && (
          <WarningPanel
            severity="info"
            title="No delivery state: no repository entity to read it through"
            message="The overview reads every Flux and Argo CD object of a repository in one request, through an entity of the repository with the annotations homeport.dev/repository and backstage.io/kubernetes-label-selector: backstage.io/kubernetes-id (its System, for example). No such entity is in the catalog, and there are too many services to ask for each one."
          />
        )}
      <Paper>
        <div className={classes.filters}>
          <TextField
            className={classes.search}
            label="Search"
            placeholder="Name, owner, repository, namespace"
            value={filter.query}
            onChange={(e: ChangeEvent<HTMLInputElement>) =>
              update({ query: e.target.value })
            }
            inputProps={{ 'aria-label': 'Search services' }}
          />
          <FormControl className={classes.select}>
            <InputLabel id="gitops-repository">Repository</InputLabel>
            <Select
              labelId="gitops-repository"
              value={filter.repository ?? ''}
              onChange={e =>
                update({ repository: (e.target.value as string) || undefined })
              }
            >
              <MenuItem value="">All</MenuItem>
              {repositories.map(r => (
                <MenuItem key={r} value={r}>
                  {r}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl className={classes.select}>
            <InputLabel id="gitops-delivery">Delivery</InputLabel>
            <Select
              labelId="gitops-delivery"
              value={filter.delivery ?? ''}
              onChange={e =>
                update({
                  delivery: (e.target.value as LiveState | 'none') || undefined,
                })
              }
            >
              <MenuItem value="">All</MenuItem>
              {STATES.map(s => (
                <MenuItem key={s} value={s}>
                  {s === 'none' ? 'No delivery object' : stateText(s)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl className={classes.select}>
            <InputLabel id="gitops-owner">Owner</InputLabel>
            <Select
              labelId="gitops-owner"
              value={filter.owner ?? ''}
              onChange={e =>
                update({ owner: (e.target.value as string) || undefined })
              }
            >
              <MenuItem value="">All</MenuItem>
              {owners.map(o => (
                <MenuItem key={o} value={o}>
                  {o.replace(/^group:default\//, '')}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControlLabel
            control={
              <Checkbox
                checked={filter.withFindings}
                onChange={(_, checked) => update({ withFindings: checked })}
              />
            }
            label="With findings"
          />
          <Typography
            variant="body2"
            color="textSecondary"
            role="status"
            aria-label="Service count"
          >
            {services.loading
              ? 'Loading services…'
              : `${shown.length} of ${rows.length} services`}
          </Typography>
        </div>
        {services.loading && <Progress aria-label="Loading services" />}
        {!services.loading && !services.error && rows.length === 0 && (
          <Typography variant="body1" style={{ padding: 16 }} role="status">
            No service in the catalog comes from a GitOps repository (no
            Component carries homeport.dev/repository). Configure
            homeport.repositories and wait for the catalog to read them.
          </Typography>
        )}
        {rows.length > 0 && (
          <>
            <TableContainer>
              <Table size="small" aria-label="GitOps services">
                <TableHead>
                  <TableRow>
                    {header('name', 'Service')}
                    {header('repository', 'Repository')}
                    {header('owner', 'Owner')}
                    {header('delivery', 'Delivery')}
                    {header('findings', 'Findings')}
                    <TableCell>Namespace</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {pageRows.map(r => {
                    return (
                      <TableRow key={r.entityRef} hover>
                        <TableCell>
                          <Link to={gitopsTabOf(r.entityRef)}>
                            {r.title ?? r.name}
                          </Link>
                        </TableCell>
                        <TableCell>{r.repository}</TableCell>
                        <TableCell>
                          {r.owner ? (
                            <Owner
                              entityRef={r.owner}
                              linked={Boolean(entityRoute)}
                            />
                          ) : (
                            '—'
                          )}
                        </TableCell>
                        <TableCell>
                          <DeliveryCell row={r} loading={index.loading} />
                        </TableCell>
                        <TableCell>
                          {r.findings.total ? (
                            <span
                              className={
                                r.findings.error ? classes.errors : undefined
                              }
                            >
                              {r.findings.total}
                              {r.findings.error
                                ? ` (${r.findings.error} errors)`
                                : ''}
                            </span>
                          ) : (
                            0
                          )}
                        </TableCell>
                        <TableCell>{r.kubernetesNamespace ?? '—'}</TableCell>
                      </TableRow>
                    );
                  })}
                  {pageRows.length === 0 && (
                    <TableRow>
                      <TableCell colSpan={6}>
                        No service matches the filter.
                      </TableCell>
                    </TableRow>
                  )}
                </TableBody>
              </Table>
            </TableContainer>
            <TablePagination
              component="div"
              count={shown.length}
              page={current}
              rowsPerPage={pageSize}
              rowsPerPageOptions={PAGE_SIZES}
              onPageChange={(_, p) => setPage(p)}
              onRowsPerPageChange={e => {
                setPageSize(Number(e.target.value));
                setPage(0);
              }}
            />
          </>
        )}
      </Paper>
    </Content>
  );
}
