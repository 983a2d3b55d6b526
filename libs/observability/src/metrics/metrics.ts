import {
  collectDefaultMetrics,
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  register,
} from 'prom-client';

export { register as metricsRegistry };

const DEFAULT_METRIC_PROBE = 'process_cpu_user_seconds_total';

/** Node and process metrics, registered once per registry however often this is called. */
export function collectDefaultMetricsOnce(): void {
  if (register.getSingleMetric(DEFAULT_METRIC_PROBE)) return;
  collectDefaultMetrics({ register });
}

// A second module instance (jest, two Nest apps in one process) must get the same metric back
// instead of crashing with "already registered".
function getOrCreate<M>(name: string, kind: new (...args: never[]) => M, make: () => M): M {
  const existing = register.getSingleMetric(name);
  if (existing === undefined) return make();
  if (!(existing instanceof kind)) {
    throw new Error(`metric ${name} is already registered as another kind`);
  }
  return existing;
}

export function getOrCreateCounter<T extends string>(config: CounterConfiguration<T>): Counter<T> {
  return getOrCreate(config.name, Counter<T>, () => new Counter<T>(config));
}

export function getOrCreateGauge<T extends string>(config: GaugeConfiguration<T>): Gauge<T> {
  return getOrCreate(config.name, Gauge<T>, () => new Gauge<T>(config));
}

export function getOrCreateHistogram<T extends string>(
  config: HistogramConfiguration<T>,
): Histogram<T> {
  return getOrCreate(config.name, Histogram<T>, () => new Histogram<T>(config));
}

/** The Prometheus exposition of the default registry, with its content type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: register.contentType, body: await register.metrics() };
}
