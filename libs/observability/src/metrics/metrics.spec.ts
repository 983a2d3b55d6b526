import { register } from 'prom-client';
import {
  collectDefaultMetricsOnce,
  getOrCreateCounter,
  getOrCreateGauge,
  getOrCreateHistogram,
  renderMetrics,
} from './metrics';

describe('metrics', () => {
  afterEach(() => register.clear());

  it('should return the same counter when it is asked for twice', () => {
    const first = getOrCreateCounter({
      name: 'jenjang_test_total',
      help: 'test',
      labelNames: ['a'],
    });
    const second = getOrCreateCounter({
      name: 'jenjang_test_total',
      help: 'test',
      labelNames: ['a'],
    });

    expect(second).toBe(first);
  });

  it('should refuse when a name is taken by another kind of metric', () => {
    getOrCreateGauge({ name: 'jenjang_test_depth', help: 'test' });

    expect(() => getOrCreateHistogram({ name: 'jenjang_test_depth', help: 'test' })).toThrow(
      /another kind/,
    );
  });

  it('should register default metrics once when called repeatedly', async () => {
    collectDefaultMetricsOnce();
    collectDefaultMetricsOnce();
    getOrCreateCounter({ name: 'jenjang_test_total', help: 'test' }).inc();

    const { contentType, body } = await renderMetrics();

    expect(contentType).toContain('text/plain');
    expect(body).toContain('process_cpu_user_seconds_total');
    expect(body).toContain('jenjang_test_total 1');
  });
});
