import { metricSamples, peakMemoryMiB, percentile, summarize, sumMetrics } from './stats';

describe('percentile', () => {
  it('should take the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('should say NaN when nothing was measured', () => {
    expect(summarize([])).toMatchObject({ n: 0, p50: Number.NaN });
  });
});

describe('peakMemoryMiB', () => {
  it('should read VmHWM in MiB', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t 1 kB\n';
    expect(peakMemoryMiB(42, () => status)).toBe(200);
    expect(peakMemoryMiB(undefined, () => status)).toBeUndefined();
    expect(
      peakMemoryMiB(42, () => {
        throw new Error('gone');
      }),
    ).toBeUndefined();
  });
});

describe('sumMetrics', () => {
  it('should add up every sample of the named metrics and ignore the others', () => {
    const text = [
      '# HELP jenjang_mongodb_commands_total Commands',
      '# TYPE jenjang_mongodb_commands_total counter',
      'jenjang_mongodb_commands_total{command="find"} 12',
      'jenjang_mongodb_commands_total{command="update"} 30',
      'jenjang_kafka_requests_total{client="producer",api="Produce"} 4',
      'process_cpu_seconds_total 1.5',
      'process_cpu_seconds_total_other 99',
    ].join('\n');
    expect(
      sumMetrics(text, ['jenjang_mongodb_commands_total', 'process_cpu_seconds_total', 'nothing']),
    ).toEqual({ jenjang_mongodb_commands_total: 42, process_cpu_seconds_total: 1.5, nothing: 0 });
  });
});

describe('metricSamples', () => {
  it('keys the samples of one metric by their labels and ignores other metrics', () => {
    const text = [
      '# TYPE jenjang_mongodb_commands_total counter',
      'jenjang_mongodb_commands_total{command="find",collection="a"} 3',
      'jenjang_mongodb_commands_total{command="update",collection="b"} 4',
      'jenjang_mongodb_commands_total_created 99',
      'process_cpu_seconds_total 1.5',
    ].join('\n');
    expect(metricSamples(text, 'jenjang_mongodb_commands_total')).toEqual({
      '{command="find",collection="a"}': 3,
      '{command="update",collection="b"}': 4,
    });
    expect(metricSamples(text, 'process_cpu_seconds_total')).toEqual({ '': 1.5 });
  });
});
