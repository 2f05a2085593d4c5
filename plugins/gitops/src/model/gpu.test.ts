import { demoObjects } from '../fixtures';
import { describeDevice, gpuUseOf, isGpuResource, usesGpu } from './gpu';

describe('gpu', () => {
  it('reads the privileged AMD GPU pod of llama-swap: /dev/kfd and /dev/dri, no device plugin request', () => {
    const pod = demoObjects().find(
      o => o.kind === 'Pod' && o.metadata.name.startsWith('llama-swap-'),
    )!;
    expect(gpuUseOf(pod.spec)).toEqual({
      requests: [],
      privileged: true,
      deviceMounts: ['/dev/dri', '/dev/kfd'],
    });
  });

  it('adds up device plugin requests of all containers, and DRA claims', () => {
    const gpu = gpuUseOf({
      containers: [
        {
          name: 'a',
          resources: { limits: { 'nvidia.com/gpu': '1', memory: '1Gi' } },
        },
        {
          name: 'b',
          resources: {
            requests: { 'nvidia.com/gpu': '2' },
            limits: { 'nvidia.com/gpu': '2' },
          },
        },
        { name: 'c', resources: { limits: { 'amd.com/gpu': '1' } } },
      ],
      resourceClaims: [
        { name: 'gpu', resourceClaimTemplateName: 'single-gpu' },
      ],
    });
    expect(gpu.requests).toEqual([
      { resource: 'nvidia.com/gpu', count: '3' },
      { resource: 'amd.com/gpu', count: '1' },
      { resource: 'DRA claim gpu', count: '1' },
    ]);
    expect(usesGpu(gpu)).toBe(true);
  });

  it('leaves ordinary pods alone', () => {
    const pod = demoObjects().find(
      o =>
        o.kind === 'Pod' &&
        o.metadata.name.startsWith('mealie-') &&
        !o.metadata.name.startsWith('mealie-db'),
    )!;
    expect(usesGpu(gpuUseOf(pod.spec))).toBe(false);
  });

  it('knows GPU resources and devices', () => {
    expect(
      [
        'amd.com/gpu',
        'nvidia.com/gpu',
        'gpu.intel.com/i915',
        'nvidia.com/mig-1g.5gb',
      ].every(isGpuResource),
    ).toBe(true);
    expect(['memory', 'cpu', 'example.com/gpuish'].some(isGpuResource)).toBe(
      false,
    );
    expect(describeDevice('/dev/kfd')).toBe('AMD GPU compute (ROCm)');
    expect(describeDevice('/dev/dri')).toBe('GPU render nodes');
  });
});
