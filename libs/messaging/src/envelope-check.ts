import { envelopeFieldsOf, type EventAttributes, type EventContract } from '@jenjang/contracts';

// The values are ids (a string, or whatever a forged payload carries): shown quoted and short.
const shown = (value: unknown): string =>
  JSON.stringify(typeof value === 'string' ? value.slice(0, 100) : (value ?? null)).slice(0, 102);

/**
 * Whether a consumed event's `ce_subject` and `ce_agency` name the same person and agency as the
 * payload fields its contract declares; the disagreement in words, or undefined when they agree.
 * A disagreement is a producer bug (or a forged record): acting on either value could reach
 * another person's or another agency's data, so the event is dead-lettered, never guessed at.
 */
export function envelopeMismatch(
  contract: Pick<EventContract, 'subject' | 'agency'>,
  attributes: Pick<EventAttributes, 'subject' | 'agency'>,
  data: unknown,
): string | undefined {
  const fields = envelopeFieldsOf(contract, data);
  const problems: string[] = [];
  if (attributes.subject !== fields.subject) {
    problems.push(
      `ce_subject ${shown(attributes.subject)} differs from ${contract.subject} ${shown(fields.subject)}`,
    );
  }
  if (attributes.agency !== fields.agency) {
    problems.push(
      `ce_agency ${shown(attributes.agency)} differs from ${contract.agency} ${shown(fields.agency)}`,
    );
  }
  return problems.length > 0 ? problems.join('; ') : undefined;
}
