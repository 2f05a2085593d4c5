/**
 * A name a chart template gives an object: Helm's conventional `<chart>.fullname` of the
 * release followed by a fixed suffix (`{{ include "gitea.fullname" . }}-http`), or a fixed
 * name.
 *
 * @public
 */
export type ChartObjectName = { fullnameSuffix: string } | { literal: string };

/**
 * What Homeport could read from a Helm chart's own files (Chart.yaml, values.yaml and the
 * templates that make its Services and ServiceAccount) without rendering it: Helm
 * templates need Helm, so only the patterns it recognises soundly are here, and what it
 * could not decide is said in `undecided`. Plain data, so that the pure render can take it.
 *
 * @public
 */
export interface ChartFacts {
  /** `name` and `version` of Chart.yaml. */
  chart: string;
  version: string;
  /**
   * Helm's conventional fullname helper (`fullnameOverride`, else the release name when
   * it contains the chart's name, else `<release>-<name>`), with the defaults of
   * `fullnameOverride` and `nameOverride` in values.yaml. Absent when the chart's helper
   * is not that one.
   */
  fullname?: { fullnameOverride?: string; nameOverride?: string };
  /** The Service HTTP traffic goes to, when one Service is rendered by default and says HTTP. */
  httpService?: {
    name: ChartObjectName;
    /** The port as values.yaml sets it. */
    port: number;
    /** The values key that sets the port (such as `service.http.port`), when it is one. */
    portPath?: string[];
  };
  /**
   * Whether (and as what) the chart makes its own ServiceAccount: `{ created: false }`
   * for a chart with no ServiceAccount template; absent when Homeport could not tell.
   */
  serviceAccount?: {
    /** Whether the chart creates it with its default values. */
    created: boolean;
    /** The values switch (such as `serviceAccount.create`), when there is one. */
    createPath?: string[];
    /** Its name, when the template's name expression was recognised. */
    name?: ChartObjectName;
    /** The values key that names it instead (such as `serviceAccount.name`), when there is one. */
    namePath?: string[];
  };
  /** Where the main image goes in the values, as keys that exist in values.yaml. */
  image?: {
    repositoryPath: string[];
    tagPath: string[];
    /** A separate registry key (`image.registry`), when values.yaml has one. */
    registryPath?: string[];
  };
  /** What Homeport read but could not decide, by topic, in words. */
  undecided: ChartUndecided[];
}

/**
 * One thing Homeport could not decide from a chart's files.
 *
 * @public
 */
export interface ChartUndecided {
  about: 'fullname' | 'httpService' | 'serviceAccount' | 'image';
  reason: string;
}

/**
 * What the pure render knows of charts beyond the specs: the facts of each Helm app's
 * chart, by app name, as the caller (the scaffolder action, which may do I/O) read them.
 *
 * @public
 */
export interface RenderContext {
  charts?: Readonly<Record<string, ChartFacts>>;
}
