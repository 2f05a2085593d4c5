// The scaffolder's REST API as the e2e tests call it, with the token `getToken` gives.
import assert from 'node:assert/strict';

export function scaffolderApi(getToken, base = process.env.BACKEND_URL ?? 'http://localhost:7007') {
  async function api(method, path, body) {
    const send = () => fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${getToken()}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    // A kept-alive connection the server closed as the request left ("other side closed"):
    // the request never reached the server, so it is sent once more on a new connection.
    const res = await send().catch(error => {
      if (error?.cause?.code === 'UND_ERR_SOCKET') return send();
      throw error;
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Runs a template through `POST /v2/tasks` to its end: its status, log and output. */
  async function runTemplate(name, values) {
    const created = await api('POST', '/api/scaffolder/v2/tasks', { templateRef: `template:default/${name}`, values });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    for (let i = 0; i < 240; i++) {
      const { body: task } = await api('GET', `/api/scaffolder/v2/tasks/${created.body.id}`);
      if (task.status === 'completed' || task.status === 'failed') {
        const { body: events } = await api('GET', `/api/scaffolder/v2/tasks/${created.body.id}/events`);
        const log = events.filter(e => e.type === 'log').map(e => e.body.message).join('\n');
        return { status: task.status, log, output: events.find(e => e.type === 'completion')?.body?.output };
      }
      await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`task of ${name} did not finish`);
  }

  /**
   * Waits until the catalog holds every entity of `paths` (such as
   * `template/default/gitops-expose`, `user/default/guest`), then signs in as the guest
   * and returns the token: guest sign-in takes its group memberships from the user entity.
   */
  async function signInWhenReady(...paths) {
    for (let i = 0; i < 120; i++) {
      const found = await Promise.all(paths.map(p => api('GET', `/api/catalog/entities/by-name/${p}`)));
      if (found.every(r => r.status === 200)) {
        return (await (await fetch(`${base}/api/auth/guest/refresh`)).json()).backstageIdentity.token;
      }
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`the catalog never held ${paths.join(', ')}`);
  }

  return { api, runTemplate, signInWhenReady };
}
