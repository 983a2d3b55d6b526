import type { FieldError } from '@jenjang/domain-kernel';
import type { NotificationRule } from './rule';

type Json = Record<string, unknown>;

/** The string field at a dotted path of an event schema (through unions); null if absent. */
function stringFieldAt(schema: Json, path: string): boolean {
  let current: Json[] = [schema];
  for (const segment of path.split('.')) {
    current = current
      .flatMap((s) => ((s.anyOf ?? s.oneOf) as Json[] | undefined) ?? [s])
      .flatMap((s) => {
        const props = s.properties as Record<string, Json> | undefined;
        return props && segment in props ? [props[segment]] : [];
      });
  }
  return current
    .flatMap((s) => ((s.anyOf ?? s.oneOf) as Json[] | undefined) ?? [s])
    .some((s) => s.type === 'string');
}

/** Problems of a rule against the event it names (undefined: no such contract on the platform). */
export function ruleProblems(rule: NotificationRule, schema: Json | undefined): FieldError[] {
  if (!schema) {
    return [
      {
        field: 'eventTopic',
        message: {
          en: `There is no event contract ${rule.eventTopic} on the platform.`,
          id: `Tidak ada kontrak event ${rule.eventTopic} di platform.`,
        },
      },
    ];
  }
  if (rule.audience.kind === 'EVENT_FIELD' && !stringFieldAt(schema, rule.audience.path)) {
    return [
      {
        field: 'audience.path',
        message: {
          en: `The event ${rule.eventTopic} has no employee id field ${rule.audience.path}.`,
          id: `Event ${rule.eventTopic} tidak memiliki kolom ID pegawai ${rule.audience.path}.`,
        },
      },
    ];
  }
  return [];
}
