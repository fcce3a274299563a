import { JobWiringError, wireHandlers } from './queue-worker.module';

describe('wireHandlers', () => {
  const handle = async () => undefined;

  it('should pair each job with its handler', () => {
    expect([...wireHandlers(['mail.send'], [{ name: 'mail.send', handle }]).keys()]).toEqual(['mail.send']);
  });

  it('should refuse to start when a job has no handler', () => {
    expect(() => wireHandlers(['mail.send', 'tasks.digest'], [{ name: 'mail.send', handle }])).toThrow(
      new JobWiringError('Queue wiring is broken: job "tasks.digest" has no handler'),
    );
  });

  it('should refuse to start when a job has two handlers', () => {
    expect(() => wireHandlers(['mail.send'], [{ name: 'mail.send', handle }, { name: 'mail.send', handle }])).toThrow(/more than one handler/);
  });
});
