import { IntervalJob } from './interval-job';

class Probe extends IntervalJob {
  protected readonly jobName = 'probe sweep';
  runs = 0;
  release?: () => void;
  fail = false;
  protected get intervalMs() {
    return 60_000;
  }
  protected runJob(): Promise<string | undefined> {
    this.runs += 1;
    if (this.fail) return Promise.reject(new Error('store down'));
    return new Promise((resolve) => (this.release = () => resolve(undefined)));
  }
}

describe(IntervalJob.name, () => {
  it('should never run twice at once and run again after a run ended', async () => {
    const job = new Probe();
    const first = job.tick();
    const second = job.tick();
    expect(job.runs).toBe(1);
    job.release!();
    await Promise.all([first, second]);
    const third = job.tick();
    expect(job.runs).toBe(2);
    job.release!();
    await third;
  });

  it('should log a failed run and let the next one run', async () => {
    const job = new Probe();
    job.fail = true;
    const error = jest.spyOn(job['logger'], 'error').mockImplementation(() => undefined);
    await job.tick();
    expect(error).toHaveBeenCalledWith('probe sweep failed: store down');
    job.fail = false;
    const next = job.tick();
    expect(job.runs).toBe(2);
    job.release!();
    await next;
  });

  it('should await the run in progress at shutdown', async () => {
    const job = new Probe();
    job.onApplicationBootstrap();
    const run = job.tick();
    let stopped = false;
    const stop = job.onApplicationShutdown().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    job.release!();
    await Promise.all([run, stop]);
    expect(stopped).toBe(true);
  });
});
