/** Where a chart version is: a Helm repository (`https://`) or an OCI registry (`oci://`). */
export interface ChartLocation {
  type: 'helm' | 'oci';
  url: string;
  chart: string;
  version: string;
}

/** How long and how large each download of the chart reader may be. */
export interface ReadLimits {
  timeoutMs: number;
  /** A Helm repository's index.yaml (large public repositories list thousands of versions). */
  maxIndexBytes: number;
  /** A chart archive, and each registry answer. */
  maxArchiveBytes: number;
  /** The chart's files Homeport reads, unpacked. */
  maxUnpackedBytes: number;
}

/** A chart's own files by path inside the chart (`Chart.yaml`, `templates/service.yaml`). */
export type ChartFiles = ReadonlyMap<string, string>;
