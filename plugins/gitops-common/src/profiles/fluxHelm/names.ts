/** The app-template names of one release: its controller, main container and main service. */
export interface ReleaseNames {
  controller: string;
  container: string;
  service: string;
}

/** Paths inside app-template values. */
export const containerPath = (n: ReleaseNames, ...rest: string[]) => ['controllers', n.controller, 'containers', n.container, ...rest];
export const controllerPath = (n: ReleaseNames, ...rest: string[]) => ['controllers', n.controller, ...rest];
