// What the settings screens send back with PUT, from the document they read: pure, so that the
// e2e tier checks these very bodies against the real services (test/e2e/portal-settings).
import type {
  EvaluationSettings,
  NotificationRule,
  TalentSettings,
  TrainingSettings,
} from './settings-types';

/** evaluation: the document read, changed; no revision until the agency has saved once. */
export function evaluationBody(doc: EvaluationSettings) {
  const { revision, ...rest } = doc;
  return revision === null ? rest : doc;
}

/** training: its three fields only (the service refuses the read-only ones). */
export function trainingBody({ jpRequired, approvalRequired, revision }: TrainingSettings) {
  return { jpRequired, approvalRequired, ...(revision === null ? {} : { revision }) };
}

/** career-planning: the cut-offs and succession boxes with the revision read. */
export function talentBody({ cutoffs, successionBoxes, revision }: TalentSettings) {
  return { cutoffs, successionBoxes, revision };
}

/** notification: the rule read, without its type and what the service adds. */
export function ruleInput(rule: NotificationRule) {
  const { type: _type, source: _source, eventAvailable: _available, ...input } = rule;
  return input;
}
