// Drives an HTTP endpoint with autocannon at a fixed concurrency and reports throughput and latency percentiles
// (autocannon's histogram has no p95, so every response time is kept and the percentiles computed here).
import autocannon from 'autocannon';

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One autocannon run of warm-up + measured seconds (one run, so the warm-up's requests still in flight are not
 * abandoned on the server while the measured part starts). Only answers received after the warm-up count.
 * `request`: { url, method, headers, body }. Returns rps (2xx answers per second of the measured part) and
 * p50/p95/p99 in milliseconds.
 */
export function measure(request, { connections, warmupSeconds, durationSeconds }) {
  return new Promise((resolve, reject) => {
    const times = [];
    let bad = 0;
    let measuredFrom = Infinity;
    const options = { ...request, connections, pipelining: 1, timeout: 30, duration: warmupSeconds + durationSeconds };
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
      const measuredSeconds = (performance.now() - measuredFrom) / 1000;
      resolve({
        rps: round(times.length / measuredSeconds),
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        p99Ms: round(percentile(times, 99)),
        requests: times.length,
        failures: bad + result.errors, // errors include timeouts
      });
    });
    instance.on('start', () => {
      measuredFrom = performance.now() + warmupSeconds * 1000;
    });
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (performance.now() < measuredFrom) return;
      if (status >= 200 && status < 300) times.push(responseTime);
      else bad++;
    });
  });
}
