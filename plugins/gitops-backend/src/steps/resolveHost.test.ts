import dgram from 'node:dgram';
import packet from 'dns-packet';
import { createResolveHost } from './resolveHost';

/** A name server on loopback that knows one name; it never answers `silent.example.com`. */
async function nameServer(records: Record<string, string[]>) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, from) => {
    const query = packet.decode(message);
    const q = query.questions![0];
    if (q.name === 'silent.example.com') return;
    const known = Object.hasOwn(records, q.name);
    const reply = packet.encode({
      type: 'response',
      id: query.id,
      flags: known ? 0 : 3,
      questions: query.questions,
      answers: known && q.type === 'A' ? records[q.name].map(data => ({ type: 'A', name: q.name, ttl: 60, data })) : [],
    });
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>(resolve => socket.bind(0, '127.0.0.1', resolve));
  return { socket, address: `127.0.0.1:${socket.address().port}` };
}

describe('createResolveHost', () => {
  it('resolves through the system resolver without servers (/etc/hosts knows localhost)', async () => {
    expect(await createResolveHost(2000)('localhost')).toContain('127.0.0.1');
  });

  it('asks the given name servers: the addresses, ENOTFOUND for an unknown name, a timeout for no answer', async () => {
    const server = await nameServer({ 'mealie.example.com': ['10.0.20.10'] });
    try {
      const resolve = createResolveHost(300, [server.address]);
      expect(await resolve('mealie.example.com')).toEqual(['10.0.20.10']);
      await expect(resolve('wiki.example.com')).rejects.toMatchObject({ code: 'ENOTFOUND' });
      await expect(resolve('silent.example.com')).rejects.toMatchObject({ code: 'ETIMEOUT' });
    } finally {
      server.socket.close();
    }
  });
});
