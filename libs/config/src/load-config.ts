import { z } from 'zod';
import { kafkaSecurityIssues, productionIssues, unknownVariableIssues } from './base-service-env';
import { ConfigError, type ConfigIssue } from './config-error';

export type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigDefinition<S extends z.ZodTypeAny> {
  readonly schema: S;
  /** Validates `env` (process.env by default); the process environment is parsed only once. */
  load(env?: Env): z.output<S>;
}

export type ConfigOf<D> = D extends ConfigDefinition<infer S> ? z.output<S> : never;

// `FOO=` in a compose file or shell means "not set", not "the empty string".
function withoutEmpty(env: Env): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') result[key] = value;
  }
  return result;
}

function toIssues(error: z.ZodError, env: Record<string, string>): ConfigIssue[] {
  return error.issues.map((issue) => {
    const variable = issue.path.length > 0 ? issue.path.join('.') : '(environment)';
    const missing = issue.path.length > 0 && env[String(issue.path[0])] === undefined;
    const message =
      missing && issue.code === 'invalid_type' ? 'is required but not set' : issue.message;
    return { variable, message };
  });
}

/** Parses the environment against `schema`, throwing one ConfigError that lists every problem. */
export function loadConfig<S extends z.ZodTypeAny>(
  schema: S | ConfigDefinition<S>,
  env: Env = process.env,
  label?: string,
): z.output<S> {
  const zodSchema = 'load' in schema ? schema.schema : schema;
  const cleaned = withoutEmpty(env);
  const result = zodSchema.safeParse(cleaned);
  const issues = result.success ? [] : toIssues(result.error, cleaned);
  if (zodSchema instanceof z.ZodObject) {
    const shape = zodSchema.shape as z.ZodRawShape;
    const known = new Set(Object.keys(shape));
    issues.push(...unknownVariableIssues(cleaned, known));
    // Only for schemas that read the Kafka security variables (every service's).
    if (known.has('KAFKA_SASL_MECHANISM')) issues.push(...kafkaSecurityIssues(cleaned));
  }
  if (cleaned.NODE_ENV === 'production') issues.push(...productionIssues(cleaned));
  if (issues.length > 0 || !result.success) throw new ConfigError(issues, label);
  return result.data as z.output<S>;
}

export function defineConfig<S extends z.ZodTypeAny>(
  schema: S,
  label?: string,
): ConfigDefinition<S> {
  let fromProcess: z.output<S> | undefined;
  return {
    schema,
    load(env?: Env) {
      if (env !== undefined) return loadConfig(schema, env, label);
      fromProcess ??= loadConfig(schema, process.env, label);
      return fromProcess;
    },
  };
}
