// node scripts/bench-mail/profile-summary.mjs FILE.cpuprofile [top]
// Where a worker's CPU time went (a profile written with bench:mail --profile DIR): self time by function and by
// package or source folder.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/bench-mail/profile-summary.mjs FILE.cpuprofile [top]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  selfMicros.set(profile.samples[i], (selfMicros.get(profile.samples[i]) ?? 0) + delta);
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

/** node_modules/<package> or the source folder under dist/api/apps/api/src, else the V8 category ("(garbage collector)"). */
function area(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const source = /apps\/api\/src\/(.+)\/[^/]+$/.exec(url);
  if (source) return `api: ${source[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^.*\//, '');
}

const functions = new Map();
const areas = new Map();
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `${callFrame.url.replace(/^.*\/(node_modules|src)\//, '')}:${callFrame.lineNumber + 1}` : ''}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
  const key = area(callFrame.url, callFrame.functionName);
  areas.set(key, (areas.get(key) ?? 0) + micros);
}
const share = (micros) => `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1e6).toFixed(2).padStart(7)} s`;
const print = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) process.stdout.write(`${share(micros)}  ${name}\n`);
};
process.stdout.write(`${file}: ${(total / 1e6).toFixed(2)} s sampled (idle included as "(idle)")\n`);
print('By area (self time)', areas);
print('By function (self time)', functions);
