import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const TOPIC_PATTERN = /^public\.[a-z][a-z-]*\.[a-z][a-z-]*\.v[1-9][0-9]*$/;

/** A field of the payload that is personal data (UU 27/2022), and why consumers need it. */
export interface PersonalDataField {
  path: string;
  why: string;
}

/** The top-level fields of a payload whose value is a string: what `subject` and `agency` may name. */
export type StringField<T> = {
  [K in keyof T]-?: T[K] extends string ? K : never;
}[keyof T] &
  string;

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
  /**
   * The payload field naming the person the event is about: the CloudEvents `subject` and the
   * Kafka key. The messaging library sets `ce_subject` from it when staging and dead-letters a
   * consumed event whose header disagrees with it.
   */
  subject: StringField<Static<S>>;
  /** The payload field naming the agency (tenant): `ce_agency`, set and checked the same way. */
  agency: StringField<Static<S>>;
}

export interface EventContract<S extends TSchema = TSchema> extends Omit<
  EventContractSpec<S>,
  'subject' | 'agency'
> {
  /** See EventContractSpec: the payload field behind `ce_subject` and the Kafka key. */
  subject: string;
  /** See EventContractSpec: the payload field behind `ce_agency`. */
  agency: string;
  /** CloudEvents `type`: `id.go.jenjang.<domain>.<event>.v<N>`. */
  type: string;
  version: number;
  /** `$id` of the JSON Schema (CloudEvents `dataschema`). */
  schemaId: string;
  validate(data: unknown): ValidationResult<Static<S>>;
}

export type EventData<C> = C extends EventContract<infer S> ? Static<S> : never;

/** The subject and agency of a payload, read from the fields its contract declares. */
export function envelopeFieldsOf(
  contract: Pick<EventContract, 'subject' | 'agency'>,
  data: unknown,
): { subject: unknown; agency: unknown } {
  const record = (data ?? {}) as Record<string, unknown>;
  return { subject: record[contract.subject], agency: record[contract.agency] };
}

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
  // The headers are read from these fields: each must be a required string of the payload.
  const properties = (spec.schema.properties ?? {}) as Record<string, { type?: unknown }>;
  for (const field of [spec.subject, spec.agency]) {
    const required = (spec.schema.required as string[] | undefined)?.includes(field);
    if (!required || properties[field]?.type !== 'string') {
      throw new Error(`${spec.topic}: '${field}' must be a required string field of the payload`);
    }
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
