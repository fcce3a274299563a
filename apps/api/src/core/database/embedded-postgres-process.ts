import { spawn } from 'node:child_process';
import path from 'node:path';
import { DirectoryInUseError } from './directory-lock';
import type { EmbeddedPostgres } from './embedded-postgres';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Runs the embedded database in a child process of its own. PGlite's WebAssembly crashes the whole process
 * (SIGSEGV) when it reopens an existing data directory in a process that has also loaded argon2's native addon,
 * which the API needs for passwords; apart, both work. The child also ends cleanly when this process dies: it
 * stops when its standard input closes.
 */
export async function spawnEmbeddedPostgres(
  directory: string,
  options: { warn?: (message: string) => void; nodeArguments?: string[] } = {},
): Promise<EmbeddedPostgres> {
  // Beside this file, compiled (dist) or not (sources run through a TypeScript hook, as the tests do).
  const host = path.join(__dirname, `embedded-postgres-host${path.extname(__filename)}`);
  const child = spawn(process.execPath, [...(options.nodeArguments ?? process.execArgv), host, directory], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    errors += text;
    for (const line of text.split('\n').filter(Boolean)) (options.warn ?? ((message: string) => process.stderr.write(`${message}\n`)))(line);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The embedded database did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const message = errors.trim().split('\n').pop() ?? '';
      reject(code === 3 ? new DirectoryInUseError(message) : new Error(`The embedded database stopped while starting (exit code ${code}): ${message}`));
    });
  });
  child.stderr.removeAllListeners('data');
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) options.warn?.(line);
  });
  let stopped: Promise<void> | null = null;
  return {
    url,
    directory: path.resolve(directory),
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.stdin.end();
      });
      return stopped;
    },
  };
}
