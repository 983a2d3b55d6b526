import { counterSum } from './ops-overview';

describe(counterSum.name, () => {
  it('should add the counter over every label set and ignore other metrics and comments', () => {
    const text = [
      '# HELP jenjang_events_dead_lettered_total Events sent to a dead-letter topic',
      '# TYPE jenjang_events_dead_lettered_total counter',
      'jenjang_events_dead_lettered_total{topic="a",group="g",reason="SCHEMA"} 2',
      'jenjang_events_dead_lettered_total{topic="b",group="g",reason="HANDLER"} 3',
      'jenjang_events_dead_lettered_total_created{topic="a"} 1700000000',
      'jenjang_events_retried_total{topic="a"} 7',
    ].join('\n');
    expect(counterSum(text)).toBe(5);
  });

  it('should count zero when the service has dead-lettered nothing yet', () => {
    expect(counterSum('jenjang_events_retried_total 4\n')).toBe(0);
  });
});
