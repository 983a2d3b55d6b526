import { createHash } from 'node:crypto';
import type { BilingualText } from '@jenjang/domain-kernel';
import type { AppraisalNeed } from '../../appraisal-needs/domain/needs-from-appraisal';
import type {
  CompetencyKind,
  CompetencyLabel,
  CompetencyLevel,
} from '../../dictionary/domain/competency';
import type { Requirement } from '../../standard/domain/position-standard';
import { developmentNeeds, type DevelopmentNeed } from './development-needs';
import {
  gapAnalysis,
  jobPersonMatch,
  type CompetencyGap,
  type JobPersonMatch,
} from './gap-analysis';
import {
  DEFAULT_JPM_CONFIG,
  jpmFormulaId,
  type JpmConfig,
} from '../../settings/domain/assessment-policy';

export interface AssessmentInput {
  /** Requirements of the position held; `null` when it has no standard. */
  readonly held: { readonly requirements: readonly Requirement[] } | null;
  /** Requirements of the target position; `null` without a target or without its standard. */
  readonly target: { readonly requirements: readonly Requirement[] } | null;
  readonly current: ReadonlyMap<string, { readonly level: CompetencyLevel }>;
  readonly appraisalNeeds: readonly AppraisalNeed[];
  readonly labels: ReadonlyMap<string, CompetencyLabel>;
  readonly jpmConfig?: JpmConfig;
}

export interface GapRow {
  readonly competencyCode: string;
  readonly competencyName: string;
  readonly kind: CompetencyKind;
  readonly required: CompetencyLevel;
  /** 0 = not assessed (as in the public event). */
  readonly current: number;
  readonly gap: number;
  readonly against: 'HELD' | 'TARGET';
}

export interface NeedRow {
  readonly rank: number;
  readonly competencyCode: string;
  readonly competencyName: string;
  readonly kind: CompetencyKind;
  readonly levelNeeded: CompetencyLevel;
  readonly source: DevelopmentNeed['source'];
  readonly reason: BilingualText;
  readonly relatedBerakhlakValue?: DevelopmentNeed['relatedBerakhlakValue'];
}

/** One complete assessment: the body of a `gaps-assessed` event, without ids and cause. */
export interface Assessment {
  readonly heldJpm: JobPersonMatch | null;
  readonly targetJpm: JobPersonMatch | null;
  readonly formula: string;
  readonly gaps: GapRow[];
  readonly needs: NeedRow[];
}

// The public event caps reasons at 500 characters and names at 200; longer ones end in an ellipsis.
const MAX_TEXT = 500;
const MAX_NAME = 200;
const clip = (text: string, max = MAX_TEXT) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * The whole assessment of one person: gaps against the held and the target standard, the JPM of
 * each, and the ranked development needs (gaps and appraisal needs together). A competency the
 * dictionary does not know (e.g. a mapping naming a code since removed) is labelled by its code
 * and treated as TEKNIS, so an assessment never fails on a label.
 */
export function assess(input: AssessmentInput): Assessment {
  const config = input.jpmConfig ?? DEFAULT_JPM_CONFIG;
  const heldGaps = input.held ? gapAnalysis(input.held, input.current) : [];
  const targetGaps = input.target ? gapAnalysis(input.target, input.current) : undefined;
  const label = (code: string): CompetencyLabel => {
    const found = input.labels.get(code);
    return found ? { ...found, name: clip(found.name, MAX_NAME) } : { name: code, kind: 'TEKNIS' };
  };
  const kinds = new Map([...input.labels].map(([code, l]) => [code, l.kind]));
  const needs = developmentNeeds(heldGaps, {
    kinds,
    ...(targetGaps ? { targetGaps } : {}),
    appraisalNeeds: input.appraisalNeeds,
  });
  const rows = (gaps: readonly CompetencyGap[], against: 'HELD' | 'TARGET'): GapRow[] =>
    gaps.map((g) => ({
      competencyCode: g.code,
      competencyName: label(g.code).name,
      kind: label(g.code).kind,
      required: g.required,
      current: g.current ?? 0,
      gap: g.gap,
      against,
    }));
  return {
    heldJpm: input.held ? jobPersonMatch(heldGaps, config) : null,
    targetJpm: input.target && targetGaps ? jobPersonMatch(targetGaps, config) : null,
    formula: jpmFormulaId(config),
    gaps: [...rows(heldGaps, 'HELD'), ...rows(targetGaps ?? [], 'TARGET')],
    needs: needs.map((n) => ({
      rank: n.rank,
      competencyCode: n.code,
      competencyName: label(n.code).name,
      kind: n.kind ?? label(n.code).kind,
      levelNeeded: n.levelNeeded,
      source: n.source,
      reason: { id: clip(n.reason.id), en: clip(n.reason.en) },
      ...(n.relatedBerakhlakValue ? { relatedBerakhlakValue: n.relatedBerakhlakValue } : {}),
    })),
  };
}

/**
 * A UUID (version 5 layout, SHA-1 of the parts) that is the same for the same parts: the
 * assessmentId of one cause and employee, so a redelivered cause never yields a second one.
 */
export function deterministicId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
