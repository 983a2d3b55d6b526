// The CLI's settings, read once from the environment (the same variables the services use).
export interface CliConfig {
  brokers: string[];
  /** Base URL of each service's API. */
  services: Record<ServiceName, string>;
}

export const SERVICE_NAMES = [
  'evaluation',
  'competency',
  'training',
  'career-planning',
  'notification',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const DEFAULT_PORTS: Record<ServiceName, number> = {
  evaluation: 3001,
  competency: 3002,
  training: 3003,
  'career-planning': 3004,
  notification: 3005,
};

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  const brokers = (env.KAFKA_BROKERS ?? `127.0.0.1:${env.JENJANG_KAFKA_PORT ?? '29092'}`)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name) => {
      const key = `${name.toUpperCase().replace('-', '_')}_URL`;
      return [name, (env[key] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}`).replace(/\/$/, '')];
    }),
  ) as Record<ServiceName, string>;
  return { brokers, services };
}
