// The stub cluster's name server: answers A queries over UDP on loopback for the names in
// dns.json (what the demo's services would resolve to), NXDOMAIN for any other
// name, an empty answer for other record types. The backend asks it through
// homeport.steps.dnsServers when it checks a recorded step "the DNS name resolves".
import dgram from 'node:dgram';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packet from 'dns-packet';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The A records served: { "host": ["address", ...] }. */
export function loadRecords() {
  return JSON.parse(fs.readFileSync(path.join(here, 'dns.json'), 'utf8'));
}

/** The answer to one query message. */
export function answer(query, records) {
  const question = query.questions?.[0];
  const name = question?.name?.toLowerCase().replace(/\.$/, '');
  const known = name !== undefined && Object.hasOwn(records, name);
  return packet.encode({
    type: 'response',
    id: query.id,
    flags: packet.AUTHORITATIVE_ANSWER | (known ? 0 : 3), // rcode 3: NXDOMAIN
    questions: query.questions,
    answers:
      known && question.type === 'A'
        ? records[name].map(data => ({ type: 'A', class: 'IN', name: question.name, ttl: 60, data }))
        : [],
  });
}

/** Starts the name server; resolves to { socket, address } ("host:port" for dnsServers). */
export function startDnsStub({ port = 0, host = '127.0.0.1', records = loadRecords(), log = () => {} } = {}) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, from) => {
    let query;
    try {
      query = packet.decode(message);
    } catch {
      return;
    }
    log(`dns ${query.questions?.map(q => `${q.type} ${q.name}`).join(', ')}`);
    socket.send(answer(query, records), from.port, from.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => resolve({ socket, address: `${host}:${socket.address().port}` }));
  });
}
