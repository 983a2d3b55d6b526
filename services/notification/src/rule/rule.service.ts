import { Injectable } from '@nestjs/common';
import { contractForTopic } from '@jenjang/contracts';
import { agencyScope, type AgencyScope } from '@jenjang/persistence';
import { InvalidInputError } from '../shared/invalid-input.error';
import { DEFAULT_RULES } from './domain/default-rules';
import type { NotificationRule } from './domain/rule';
import { ruleProblems } from './domain/rule-check';
import { RuleRepository } from './rule.repository';

export interface EffectiveRule extends NotificationRule {
  /** DEFAULT: the platform's rule; AGENCY: the agency's own version. */
  source: 'DEFAULT' | 'AGENCY';
  /** False while the event's contract is not on the platform yet (the rule waits for it). */
  eventAvailable: boolean;
}

@Injectable()
export class RuleService {
  constructor(private readonly rules: RuleRepository) {}

  /** The rules in force for an agency: its own versions over the platform's. */
  async effective(scope: AgencyScope): Promise<EffectiveRule[]> {
    const own = await this.rules.ofAgency(scope);
    const byType = new Map<string, EffectiveRule>();
    for (const r of DEFAULT_RULES)
      byType.set(r.type, { ...r, source: 'DEFAULT', eventAvailable: false });
    for (const r of own) {
      const { updatedAt: _at, updatedBy: _by, ...rule } = r;
      byType.set(r.type, { ...rule, source: 'AGENCY', eventAvailable: false });
    }
    return [...byType.values()].map((r) => ({
      ...r,
      eventAvailable: contractForTopic(r.eventTopic) !== undefined,
    }));
  }

  async forEvent(agencyId: string, topic: string): Promise<EffectiveRule[]> {
    return (await this.effective(agencyScope(agencyId))).filter(
      (r) => r.enabled && r.eventTopic === topic,
    );
  }

  async find(scope: AgencyScope, type: string): Promise<EffectiveRule | undefined> {
    return (await this.effective(scope)).find((r) => r.type === type);
  }

  async save(scope: AgencyScope, agencyId: string, rule: NotificationRule, by: string) {
    const problems = ruleProblems(rule, contractForTopic(rule.eventTopic)?.schema);
    if (problems.length > 0) throw new InvalidInputError('INVALID_RULE', problems);
    await this.rules.save(scope, agencyId, rule, by);
    return (await this.find(scope, rule.type))!;
  }
}
