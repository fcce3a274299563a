// A discarding SMTP sink on loopback, run as a child process of the benchmark (it answers over the IPC channel).
// It parses nothing but the Message-ID header, found by a scan of the message's first bytes, and counts what it
// receives per recipient (RCPT TO) and per Message-ID. Recipients are r<i>@…: i says whom the mailing expected.
import { SMTPServer } from 'smtp-server';

const HEADER_SCAN_LIMIT = 16 * 1024;
const SAMPLES = 50;
const MESSAGE_ID = /(?:^|\r?\n)message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^>\r\n]*>)/i;
const RECIPIENT = /^r(\d+)@/;

let phase = newPhase(0);
let reachedWaiters = [];

function newPhase(expected) {
  return {
    expected,
    /** Receipts per expected recipient, capped at 255. */
    perRecipient: new Uint8Array(expected),
    unexpected: new Map(),
    byMessageId: new Map(),
    messages: 0,
    bytes: 0,
    withoutMessageId: 0,
    firstAt: null,
    lastAt: null,
    connections: 0,
    /** The first messages received, whole: the ceiling resends their content, in the same mix of languages. */
    samples: [],
    sampling: 0,
  };
}

function recordMessage(rcptTo, messageId, bytes) {
  const now = Date.now();
  phase.messages++;
  phase.bytes += bytes;
  phase.firstAt ??= now;
  phase.lastAt = now;
  if (messageId) phase.byMessageId.set(messageId, (phase.byMessageId.get(messageId) ?? 0) + 1);
  else phase.withoutMessageId++;
  for (const { address } of rcptTo) {
    const match = RECIPIENT.exec(address.toLowerCase());
    const index = match ? Number(match[1]) : -1;
    if (index >= 0 && index < phase.expected) {
      if (phase.perRecipient[index] < 255) phase.perRecipient[index]++;
    } else {
      phase.unexpected.set(address, (phase.unexpected.get(address) ?? 0) + 1);
    }
  }
  if (reachedWaiters.length) {
    reachedWaiters = reachedWaiters.filter((waiter) => {
      if (phase.messages < waiter.count) return true;
      process.send({ event: 'reached', id: waiter.id, messages: phase.messages, at: now });
      return false;
    });
  }
}

function stats() {
  let distinct = 0;
  let recipientDuplicates = 0;
  for (const n of phase.perRecipient) {
    if (n > 0) distinct++;
    if (n > 1) recipientDuplicates += n - 1;
  }
  let messageIdDuplicates = 0;
  let messageIdsSeenTwice = 0;
  for (const n of phase.byMessageId.values()) {
    if (n > 1) {
      messageIdDuplicates += n - 1;
      messageIdsSeenTwice++;
    }
  }
  const cpu = process.cpuUsage();
  return {
    expected: phase.expected,
    messages: phase.messages,
    bytes: phase.bytes,
    distinctRecipients: distinct,
    lost: phase.expected - distinct,
    recipientDuplicates,
    messageIdDuplicates,
    messageIdsSeenTwice,
    distinctMessageIds: phase.byMessageId.size,
    withoutMessageId: phase.withoutMessageId,
    unexpectedRecipients: [...phase.unexpected.values()].reduce((a, b) => a + b, 0),
    firstAt: phase.firstAt,
    lastAt: phase.lastAt,
    connections: phase.connections,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}

/** How many of these deliveries reached the sink: Message-IDs are <d{deliveryId}.m{mailingId}@domain>. */
function arrived(deliveryIds) {
  const wanted = new Set(deliveryIds.map(String));
  let n = 0;
  for (const messageId of phase.byMessageId.keys()) {
    const match = /^<d(\d+)\./.exec(messageId);
    if (match && wanted.has(match[1])) n++;
  }
  return n;
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  banner: 'bench:mail discarding sink',
  onConnect(session, callback) {
    phase.connections++;
    callback();
  },
  onData(stream, session, callback) {
    let head = '';
    let messageId = null;
    let scanning = true;
    let bytes = 0;
    const owner = phase;
    const sampled = owner.sampling < SAMPLES ? [] : null;
    if (sampled) owner.sampling++;
    stream.on('data', (chunk) => {
      bytes += chunk.length;
      sampled?.push(chunk);
      if (!scanning) return;
      head += chunk.toString('latin1', 0, Math.min(chunk.length, HEADER_SCAN_LIMIT));
      const end = head.indexOf('\r\n\r\n');
      const match = MESSAGE_ID.exec(end >= 0 ? head.slice(0, end) : head);
      if (match) messageId = match[1];
      if (match || end >= 0 || head.length >= HEADER_SCAN_LIMIT) {
        scanning = false;
        head = '';
      }
    });
    stream.on('end', () => {
      if (sampled) owner.samples.push(Buffer.concat(sampled).toString('utf8'));
      recordMessage(session.envelope.rcptTo, messageId, bytes);
      callback(null, 'Discarded');
    });
    stream.on('error', callback);
  },
});

// A client killed mid-session (the kill scenario) resets its connections: that is expected, not a reason to stop.
server.on('error', (error) => {
  if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') process.stderr.write(`${error.message}\n`);
});

process.on('message', (message) => {
  const reply = (body) => process.send({ id: message.id, ...body });
  switch (message.cmd) {
    case 'reset':
      phase = newPhase(message.expected ?? 0);
      reachedWaiters = [];
      return reply({ ok: true });
    case 'stats':
      return reply(stats());
    case 'notifyAt':
      if (phase.messages >= message.count) process.send({ event: 'reached', id: message.id, messages: phase.messages, at: Date.now() });
      else reachedWaiters.push({ id: message.id, count: message.count });
      return undefined;
    case 'samples':
      return reply({ samples: phase.samples });
    case 'arrived':
      return reply({ arrived: arrived(message.deliveryIds) });
    default:
      return reply({ error: `unknown command ${message.cmd}` });
  }
});
// The benchmark went away (even by SIGKILL): nothing is left to report to.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send({ event: 'listening', port: server.server.address().port }));
