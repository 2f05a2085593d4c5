import { RecordedStep } from '@homeport/plugin-gitops-common';
import { checkStep, StepCheckDeps } from './checkStep';
import { KubeAnswer } from './kubeGet';

const cluster = { name: 'home', url: 'http://127.0.0.1:1', skipTLSVerify: false };

function step(check: RecordedStep['check'], done?: RecordedStep['done']): RecordedStep {
  return { id: 's', app: 'mealie', owner: 'operator', title: 't', detail: 'd', check, ...(done ? { done } : {}) };
}

function deps(answers: Record<string, KubeAnswer | Error>, dns: Record<string, string[] | Error> = {}): StepCheckDeps {
  return {
    clusters: [cluster],
    kubeGet: async (_c, path) => {
      const a = answers[path] ?? { status: 404 };
      if (a instanceof Error) throw a;
      return a;
    },
    resolveHost: async host => {
      const a = dns[host] ?? Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      if (a instanceof Error) throw a;
      return a;
    },
  };
}

const SECRET = 'api/v1/namespaces/mealie/secrets/mealie-authentik';
const ES = 'apis/external-secrets.io/v1/namespaces/media/externalsecrets/app-db';
const secretCheck = { kind: 'secret' as const, namespace: 'mealie', name: 'mealie-authentik', keys: ['client_id', 'client_secret'] };
const esCheck = { kind: 'external-secret' as const, namespace: 'media', name: 'app-db' };

describe('checkStep', () => {
  it('ticks a Secret that holds every key, owes one that lacks a key or is missing', async () => {
    const full = { status: 200, body: { data: { client_id: 'eA==', client_secret: 'eQ==' } } };
    expect(await checkStep(step(secretCheck), deps({ [SECRET]: full }))).toEqual({
      id: 's',
      status: 'done',
      source: 'cluster',
      evidence: 'Secret mealie/mealie-authentik holds client_id, client_secret (cluster home)',
    });
    const partial = { status: 200, body: { data: { client_id: 'eA==' } } };
    expect((await checkStep(step(secretCheck), deps({ [SECRET]: partial }))).evidence).toBe(
      'Secret mealie/mealie-authentik lacks client_secret (cluster home)',
    );
    expect(await checkStep(step(secretCheck), deps({}))).toMatchObject({
      status: 'owed',
      evidence: 'No Secret mealie/mealie-authentik (cluster home)',
    });
  });

  it('reads the Ready condition of an ExternalSecret', async () => {
    const ready = { status: 200, body: { status: { conditions: [{ type: 'Ready', status: 'True', reason: 'SecretSynced' }] } } };
    expect(await checkStep(step(esCheck), deps({ [ES]: ready }))).toMatchObject({
      status: 'done',
      evidence: 'ExternalSecret media/app-db is Ready (SecretSynced) (cluster home)',
    });
    const failing = {
      status: 200,
      body: { status: { conditions: [{ type: 'Ready', status: 'False', reason: 'SecretSyncedError', message: 'item not found' }] } },
    };
    expect(await checkStep(step(esCheck), deps({ [ES]: failing }))).toMatchObject({
      status: 'owed',
      evidence: 'ExternalSecret media/app-db is not Ready: SecretSyncedError: item not found (cluster home)',
    });
  });

  it('is unknown, never a rejection, when the cluster cannot be reached or refuses', async () => {
    expect(await checkStep(step(secretCheck), deps({ [SECRET]: new Error('connect ECONNREFUSED 127.0.0.1:1') }))).toEqual({
      id: 's',
      status: 'unknown',
      source: 'cluster',
      evidence: 'Cannot reach cluster home: connect ECONNREFUSED 127.0.0.1:1',
    });
    expect(
      (await checkStep(step(secretCheck), deps({ [SECRET]: { status: 403, body: { message: 'secrets is forbidden' } } }))).evidence,
    ).toBe('cluster home answered 403 for Secret mealie/mealie-authentik: secrets is forbidden');
    expect(await checkStep(step(secretCheck), { ...deps({}), clusters: [] })).toMatchObject({
      status: 'unknown',
      evidence: 'No cluster is configured under kubernetes.clusterLocatorMethods',
    });
  });

  it('resolves a host: done with its addresses, owed when it does not exist, unknown on a timeout', async () => {
    const dns = { kind: 'dns' as const, host: 'mealie.example.com' };
    expect(await checkStep(step(dns), deps({}, { 'mealie.example.com': ['192.0.2.7'] }))).toEqual({
      id: 's',
      status: 'done',
      source: 'dns',
      evidence: 'mealie.example.com resolves to 192.0.2.7',
    });
    expect((await checkStep(step(dns), deps({}))).evidence).toBe('mealie.example.com does not resolve (ENOTFOUND)');
    const slow = Object.assign(new Error('no answer within 5000 ms'), { code: 'ETIMEOUT' });
    expect(await checkStep(step(dns), deps({}, { 'mealie.example.com': slow }))).toMatchObject({
      status: 'unknown',
      evidence: 'Cannot resolve mealie.example.com: no answer within 5000 ms',
    });
  });

  it('takes a done record from git over any check, and owes a manual step nobody marked done', async () => {
    const done = { by: 'user:default/guest', at: '2026-11-02T18:40:00.000Z', note: 'Sign-in tested' };
    expect(await checkStep(step(secretCheck, done), deps({}))).toEqual({
      id: 's',
      status: 'done',
      source: 'git',
      evidence: 'Marked done by user:default/guest on 2026-11-02: Sign-in tested',
    });
    expect(await checkStep(step({ kind: 'manual', how: 'Look.' }), deps({}))).toEqual({
      id: 's',
      status: 'owed',
      source: 'person',
      evidence: 'Not marked done yet',
    });
  });
});
