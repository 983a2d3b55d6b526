import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const TOPIC_PATTERN = /^public\.[a-z][a-z-]*\.[a-z][a-z-]*\.v[1-9][0-9]*$/;

/** A field of the payload that is personal data (UU 27/2022), and why consumers need it. */
export interface PersonalDataField {
  path: string;
  why: string;
}

export interface EventContractSpec<S extends TSchema> {
  /** `public.<domain>.<event>.v<N>`: past tense; a published version never changes incompatibly. */
  topic: string;
  /** Producing service, e.g. `evaluation`. */
  producer: string;
  summary: string;
  description?: string;
  schema: S;
  /** A realistic example payload; it must validate (a test checks). */
  example: Static<S>;
  personalData?: PersonalDataField[];
}

export interface EventContract<S extends TSchema = TSchema> extends EventContractSpec<S> {
  /** CloudEvents `type`: `id.go.jenjang.<domain>.<event>.v<N>`. */
  type: string;
  version: number;
  /** `$id` of the JSON Schema (CloudEvents `dataschema`). */
  schemaId: string;
  validate(data: unknown): ValidationResult<Static<S>>;
}

export type EventData<C> = C extends EventContract<infer S> ? Static<S> : never;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

export function defineEvent<S extends TSchema>(spec: EventContractSpec<S>): EventContract<S> {
  if (!TOPIC_PATTERN.test(spec.topic)) {
    throw new Error(`Topic ${spec.topic} does not follow public.<domain>.<event>.v<N>`);
  }
  const [, domain, event, v] = spec.topic.split('.');
  const version = Number(v.slice(1));
  const schemaId = `https://jenjang.go.id/schemas/${spec.topic}.json`;
  let compiled: ValidateFunction | undefined;
  return {
    ...spec,
    type: `id.go.jenjang.${domain}.${event}.v${version}`,
    version,
    schemaId,
    validate(data: unknown): ValidationResult<Static<S>> {
      compiled ??= ajv.compile({ ...spec.schema, $id: schemaId });
      return compiled(data)
        ? { ok: true, value: data as Static<S> }
        : { ok: false, errors: describeErrors(compiled.errors) };
    },
  };
}
