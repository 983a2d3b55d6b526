import { readFileSync } from 'node:fs';
import type { KafkaSecurity } from './messaging.options';

/** The validated KAFKA_SASL_* / KAFKA_SSL* settings (a service's config or kafkaClientEnv). */
export interface KafkaSecurityConfig {
  readonly KAFKA_SASL_MECHANISM?: NonNullable<KafkaSecurity['sasl']>['mechanism'];
  readonly KAFKA_SASL_USERNAME?: string;
  readonly KAFKA_SASL_PASSWORD?: string;
  readonly KAFKA_SASL_PASSWORD_FILE?: string;
  readonly KAFKA_SSL: boolean;
  readonly KAFKA_SSL_CA_FILE?: string;
}

function readSecret(variable: string, file: string, read: (file: string) => string): string {
  try {
    return read(file);
  } catch (error) {
    // The path is configuration, not a secret; the content never appears in a message.
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Error(`${variable} ${file} cannot be read (${code})`, { cause: error });
  }
}

/**
 * The Kafka client security from validated settings (a service's config, or kafkaClientEnv for
 * the CLI and tools), with the password and the CA
 * read from their files (at boot, once). The config has already checked that the settings fit.
 */
export function kafkaSecurityFrom(
  config: KafkaSecurityConfig,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): KafkaSecurity {
  const mechanism = config.KAFKA_SASL_MECHANISM;
  const passwordFile = config.KAFKA_SASL_PASSWORD_FILE;
  const caFile = config.KAFKA_SSL_CA_FILE;
  let sasl: KafkaSecurity['sasl'];
  if (mechanism !== undefined) {
    // A secret file usually ends with a newline that is not part of the password.
    const password =
      passwordFile !== undefined
        ? readSecret('KAFKA_SASL_PASSWORD_FILE', passwordFile, read).replace(/\r?\n$/, '')
        : config.KAFKA_SASL_PASSWORD;
    if (!config.KAFKA_SASL_USERNAME || !password) {
      throw new Error(`Kafka SASL ${mechanism} needs a user name and a password`);
    }
    sasl = { mechanism, username: config.KAFKA_SASL_USERNAME, password };
  }
  const ssl = config.KAFKA_SSL
    ? caFile !== undefined
      ? { ca: readSecret('KAFKA_SSL_CA_FILE', caFile, read) }
      : {}
    : undefined;
  return { ...(ssl ? { ssl } : {}), ...(sasl ? { sasl } : {}) };
}
