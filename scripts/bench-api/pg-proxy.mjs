// A TCP proxy in front of Postgres that reads the frontend/backend protocol (v3) and records every statement the API
// sends: its SQL, its parameters, which connection ran it, when it was sent and when its answer ended.
// Only for capture: the timed runs talk to Postgres directly. Assumes no TLS between the API and the proxy.
import net from 'node:net';

/** Reads typed protocol messages ([type byte][int32 length][body]) out of a byte stream. */
class MessageReader {
  constructor(onMessage, untypedFirst) {
    this.buffer = Buffer.alloc(0);
    this.onMessage = onMessage;
    this.untyped = untypedFirst; // the client's start-up message has no type byte
  }

  push(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.untyped) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        if (code === 80877103) throw new Error('the capture proxy does not support TLS (sslmode) between the API and Postgres');
        this.untyped = false;
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < length + 1) return;
      this.onMessage(String.fromCharCode(this.buffer[0]), this.buffer.subarray(5, length + 1));
      this.buffer = this.buffer.subarray(length + 1);
    }
  }
}

function cstring(body, offset) {
  const end = body.indexOf(0, offset);
  return [body.toString('utf8', offset, end), end + 1];
}

/** Bind: portal, statement, parameter format codes, parameter values (text, or base64 of binary ones). */
function parseBind(body) {
  let offset;
  let statement;
  [, offset] = cstring(body, 0);
  [statement, offset] = cstring(body, offset);
  const formatCount = body.readInt16BE(offset);
  offset += 2;
  const formats = [];
  for (let i = 0; i < formatCount; i++, offset += 2) formats.push(body.readInt16BE(offset));
  const valueCount = body.readInt16BE(offset);
  offset += 2;
  const values = [];
  for (let i = 0; i < valueCount; i++) {
    const length = body.readInt32BE(offset);
    offset += 4;
    if (length < 0) {
      values.push(null);
      continue;
    }
    const bytes = body.subarray(offset, offset + length);
    offset += length;
    const binary = (formats.length === 1 ? formats[0] : formats[i]) === 1;
    values.push(binary ? { base64: bytes.toString('base64') } : bytes.toString('utf8'));
  }
  return { statement, values };
}

export class CaptureProxy {
  constructor(target) {
    this.target = target; // { host, port }
    this.statements = [];
    this.connections = 0;
  }

  /** Forgets what was recorded so far. */
  reset() {
    this.statements = [];
  }

  listen(port) {
    this.server = net.createServer((client) => this.#relay(client));
    return new Promise((resolve) => this.server.listen(port, '127.0.0.1', resolve));
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }

  #relay(client) {
    const connection = ++this.connections;
    const upstream = net.connect(this.target.port, this.target.host);
    const prepared = new Map(); // statement name -> SQL, for named prepared statements
    let parsed = ''; // the SQL of the latest Parse
    let bound = null;
    const pending = []; // statements sent and not answered yet (one ReadyForQuery ends each Sync or Query)
    let batch = [];

    const fromClient = new MessageReader((type, body) => {
      if (type === 'P') {
        const [name, offset] = cstring(body, 0);
        [parsed] = cstring(body, offset);
        if (name) prepared.set(name, parsed);
      } else if (type === 'B') {
        bound = parseBind(body);
      } else if (type === 'E') {
        const sql = bound?.statement ? prepared.get(bound.statement) : parsed;
        batch.push({ connection, sql, values: bound?.values ?? [], sentAt: performance.now(), doneAt: null });
      } else if (type === 'Q') {
        batch.push({ connection, sql: cstring(body, 0)[0], values: [], sentAt: performance.now(), doneAt: null });
        pending.push(batch);
        batch = [];
      } else if (type === 'S') {
        pending.push(batch);
        batch = [];
      }
    }, true);
    const fromServer = new MessageReader((type) => {
      if (type !== 'Z' || pending.length === 0) return;
      const done = pending.shift();
      const now = performance.now();
      for (const statement of done) {
        statement.doneAt = now;
        this.statements.push(statement);
      }
    }, false);

    client.on('data', (chunk) => {
      fromClient.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      fromServer.push(chunk);
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}

const TRANSACTION_START = /^\s*(BEGIN|START TRANSACTION)\b/i;
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Groups one request's statements for replay: a unit is one statement, or a whole transaction on its connection;
 * a wave is the units sent before any unit of the wave had been answered (so none can depend on another).
 */
export function toWaves(statements) {
  const units = [];
  const open = new Map(); // connection -> the transaction unit being filled
  for (const statement of [...statements].sort((a, b) => a.sentAt - b.sentAt)) {
    const transaction = open.get(statement.connection);
    if (transaction) {
      transaction.statements.push(statement);
      transaction.doneAt = statement.doneAt;
      if (TRANSACTION_END.test(statement.sql)) open.delete(statement.connection);
      continue;
    }
    const unit = { statements: [statement], sentAt: statement.sentAt, doneAt: statement.doneAt };
    if (TRANSACTION_START.test(statement.sql)) open.set(statement.connection, unit);
    units.push(unit);
  }
  const waves = [];
  let wave = null;
  for (const unit of units) {
    if (wave && unit.sentAt < Math.min(...wave.map((u) => u.doneAt))) wave.push(unit);
    else waves.push((wave = [unit]));
  }
  return waves.map((units) => units.map((unit) => unit.statements.map(({ sql, values }) => ({ sql, values }))));
}
