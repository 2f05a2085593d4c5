import { ManualStep } from '../../changeset/types';
import { FluxHelmProfileSpec } from '../document/schema';

/** The operator writes the secret's values into the store the ExternalSecret reads. */
export function secretValuesStep(spec: FluxHelmProfileSpec, app: string, namespace: string, name: string, key: string, keys: string[]): ManualStep {
  const store = spec.secrets!.store;
  return {
    id: `secret:${app}:${name}`,
    app,
    owner: 'operator',
    title: `Write ${keys.join(', ')} into ${key} of ${store.kind} ${store.name}`,
    detail: `The ExternalSecret ${name} reads item ${key} from ${store.kind} ${store.name}; until the item holds ${keys.join(', ')}, the Secret ${name} is not created and the app does not start.`,
    check: { kind: 'external-secret', namespace, name },
  };
}

export function wiringStep(app: string, lines: string[]): ManualStep {
  return {
    id: `wiring:${app}`,
    app,
    owner: 'developer',
    title: `Wire ${app}'s chart values to what this change adds`,
    detail: `The app's chart is not app-template, so Homeport cannot wire its values itself: ${lines.join('; ')}.`,
    check: { kind: 'manual', how: `The chart values of ${app} name what this change added and its pods mount and read it.` },
  };
}

export function dnsStep(app: string, host: string): ManualStep {
  return {
    id: `dns:${host}`,
    app,
    owner: 'operator',
    title: `Make ${host} resolve to the gateway`,
    detail: `No DNS controller (external-dns) runs in this repository: create the record for ${host} by hand.`,
    check: { kind: 'dns', host },
  };
}
