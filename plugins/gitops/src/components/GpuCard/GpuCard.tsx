import { WarningPanel } from '@backstage/core-components';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { GitWorkload } from '../../annotations';
import { describeDevice, usesGpu } from '../../model/gpu';
import { displayName, refKey } from '../../model/refs';
import { PodStatus, ServiceState } from '../../model/types';
import { EmptyText, LiveCard, LiveCardProps } from '../LiveCard';

function requestsText(pod: PodStatus): string {
  if (pod.gpu.requests.length)
    return pod.gpu.requests.map(r => `${r.resource}: ${r.count}`).join(', ');
  if (pod.gpu.deviceMounts.includes('/dev/kfd'))
    return 'AMD GPU through host device /dev/kfd (no device plugin request)';
  if (pod.gpu.deviceMounts.length)
    return 'host devices only (no device plugin request)';
  return 'none';
}

const VIA: Record<string, string> = {
  'host-device': ' (host device)',
  dra: ' (DRA)',
};

function gitGpuText(w: GitWorkload): string {
  const asks = (w.gpu ?? []).map(
    g => `${g.resource} × ${g.count}${VIA[g.via ?? ''] ?? ''}`,
  );
  return `${w.kind} ${w.name} asks for ${asks.join(', ')}`;
}

/**
 * GPU: the GPU requests of each pod and the node it runs on, privileged containers and
 * host device mounts; and what git asks for.
 */
export function GpuCard(
  props: LiveCardProps<ServiceState> & {
    kubernetesId: string;
    gitWorkloads: GitWorkload[];
  },
) {
  const { value, loading, error, gitWorkloads } = props;
  const pods = value?.pods.filter(p => usesGpu(p.gpu)) ?? [];
  const inGit = gitWorkloads.filter(w => w.gpu?.length);
  return (
    <LiveCard title="GPU" loading={loading} error={error}>
      {inGit.length > 0 && (
        <Typography variant="body2" component="p" aria-label="GPU in git">
          In git: {inGit.map(gitGpuText).join('; ')}
        </Typography>
      )}
      {pods.length > 0 && (
        <Table size="small" aria-label="GPU pods">
          <TableHead>
            <TableRow>
              <TableCell>Pod</TableCell>
              <TableCell>Node</TableCell>
              <TableCell>GPU requests</TableCell>
              <TableCell>Privileged</TableCell>
              <TableCell>Device mounts</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pods.map(p => (
              <TableRow key={refKey(p.ref)}>
                <TableCell>{displayName(p.ref)}</TableCell>
                <TableCell>{p.node ?? 'not scheduled'}</TableCell>
                <TableCell>{requestsText(p)}</TableCell>
                <TableCell>{p.gpu.privileged ? 'yes' : 'no'}</TableCell>
                <TableCell>
                  {p.gpu.deviceMounts.length
                    ? p.gpu.deviceMounts
                        .map(d => `${d} (${describeDevice(d)})`)
                        .join(', ')
                    : 'none'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {value && inGit.length > 0 && pods.length === 0 && (
        <WarningPanel
          severity="warning"
          title="Git asks for a GPU, but no pod of this service uses one"
        />
      )}
      {value && !inGit.length && !pods.length && (
        <EmptyText>
          No pod requests a GPU, runs privileged or mounts host devices.
        </EmptyText>
      )}
    </LiveCard>
  );
}
