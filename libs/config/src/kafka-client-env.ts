import type { z } from 'zod';
import { baseServiceEnv, kafkaSecurityIssues } from './base-service-env';
import { ConfigError } from './config-error';

const KAFKA_CLIENT_KEYS = {
  KAFKA_BROKERS: true,
  KAFKA_SASL_MECHANISM: true,
  KAFKA_SASL_USERNAME: true,
  KAFKA_SASL_PASSWORD: true,
  KAFKA_SASL_PASSWORD_FILE: true,
  KAFKA_SSL: true,
  KAFKA_SSL_CA_FILE: true,
} as const;

const schema = baseServiceEnv({ serviceName: 'client', port: 1 }).pick(KAFKA_CLIENT_KEYS);

export type KafkaClientEnv = z.output<typeof schema>;

/**
 * The Kafka connection settings of a tool that is not a service (the CLI, test helpers, scripts):
 * the same KAFKA_BROKERS, KAFKA_SASL_* and KAFKA_SSL* variables, checked the same way.
 */
export function kafkaClientEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
  label = 'Kafka client',
): KafkaClientEnv {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
  const result = schema.safeParse(cleaned);
  const issues = result.success
    ? []
    : result.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message }));
  issues.push(...kafkaSecurityIssues(cleaned));
  if (issues.length > 0 || !result.success) throw new ConfigError(issues, label);
  return result.data;
}
