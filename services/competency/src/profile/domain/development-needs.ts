import { MAX_DEVELOPMENT_NEEDS, type BerakhlakValue, type NeedSource } from '@jenjang/contracts';
import type { BilingualText } from '@jenjang/domain-kernel';
import type { AppraisalNeed } from '../../appraisal-needs/domain/needs-from-appraisal';
import type { CompetencyKind, CompetencyLevel } from '../../dictionary/domain/competency';
import type { CompetencyGap } from './gap-analysis';

export { MAX_DEVELOPMENT_NEEDS };

export interface DevelopmentNeed {
  /** 1 = most pressing; consecutive. */
  readonly rank: number;
  readonly code: string;
  readonly kind: CompetencyKind | null;
  /**
   * The first that applies of GAP_HELD (short of the position held), APPRAISAL (a weak rating
   * points at it), GAP_TARGET (short of the target position only); `reason` names them all.
   */
  readonly source: NeedSource;
  /** The shortfall against the standard of `source` (0 for an appraisal-only need). */
  readonly gap: number;
  /** `null` when never assessed (counted as 0). */
  readonly current: CompetencyLevel | null;
  /**
   * The level to reach: the target's requirement for a GAP_TARGET need, otherwise the requirement
   * of the held, else the target position, else current.
   */
  readonly levelNeeded: CompetencyLevel;
  readonly requiredHeld: CompetencyLevel | null;
  readonly requiredTarget: CompetencyLevel | null;
  /** The first BerAKHLAK value rated below expectations that points here, if any. */
  readonly relatedBerakhlakValue?: BerakhlakValue;
  readonly reason: BilingualText;
}

export interface DevelopmentNeedContext {
  /** The kind of each competency code (from the dictionary). */
  readonly kinds: ReadonlyMap<string, CompetencyKind>;
  /** Gaps against the target position (career plan), when the person has one. */
  readonly targetGaps?: readonly CompetencyGap[];
  /** Needs from the latest final appraisal (needsFromAppraisal). */
  readonly appraisalNeeds?: readonly AppraisalNeed[];
  readonly limit?: number;
}

const SOURCE_ORDER: Readonly<Record<NeedSource, number>> = {
  GAP_HELD: 0,
  APPRAISAL: 1,
  GAP_TARGET: 2,
};
// Manajerial and sosial kultural are the national core every ASN is measured on; teknis last.
const KIND_ORDER: Readonly<Record<CompetencyKind, number>> = {
  MANAJERIAL: 0,
  SOSIAL_KULTURAL: 1,
  TEKNIS: 2,
};

type Unranked = Omit<DevelopmentNeed, 'rank'> & {
  readonly targetToo: boolean;
  readonly appraisalReasons: number;
};

/**
 * At most `limit` (10) development needs, each competency once, ranked by:
 * 1. the source: short of the position held, then pointed at by the appraisal only, then short of
 *    the target position only (the job held comes before the career step);
 * 2. the size of the shortfall, largest first (for appraisal-only needs: the number of weak
 *    ratings pointing at it);
 * 3. whether the target position requires it too, then whether the appraisal points at it too;
 * 4. the kind: manajerial, sosial kultural, teknis (unknown kinds last);
 * 5. the code, so the order is stable.
 * A required competency never assessed counts as level 0: it is a need of the whole level.
 */
export function developmentNeeds(
  gaps: readonly CompetencyGap[],
  context: DevelopmentNeedContext,
): DevelopmentNeed[] {
  const limit = context.limit ?? MAX_DEVELOPMENT_NEEDS;
  const held = new Map(gaps.map((g) => [g.code, g]));
  const target = new Map((context.targetGaps ?? []).map((g) => [g.code, g]));
  const appraisal = new Map((context.appraisalNeeds ?? []).map((n) => [n.code, n]));
  const codes = [...new Set([...held.keys(), ...appraisal.keys(), ...target.keys()])];

  const needs = codes.flatMap((code): Unranked[] => {
    const h = held.get(code);
    const t = target.get(code);
    const a = appraisal.get(code);
    const current = h?.current ?? t?.current ?? null;
    const heldGap = h === undefined ? 0 : Math.max(0, h.required - (current ?? 0));
    const targetGap = t === undefined ? 0 : Math.max(0, t.required - (current ?? 0));
    const source: NeedSource | null =
      heldGap > 0
        ? 'GAP_HELD'
        : a !== undefined
          ? 'APPRAISAL'
          : targetGap > 0
            ? 'GAP_TARGET'
            : null;
    if (source === null) return [];
    const value = a?.reasons.find((r) => r.origin.kind === 'NILAI')?.origin;
    return [
      {
        code,
        kind: context.kinds.get(code) ?? null,
        source,
        gap: source === 'GAP_HELD' ? heldGap : source === 'GAP_TARGET' ? targetGap : 0,
        current,
        // Short of the target only: the level to reach is the target's, not the (met) held one.
        levelNeeded:
          source === 'GAP_TARGET' && t !== undefined
            ? t.required
            : (h?.required ?? t?.required ?? current ?? 1),
        requiredHeld: h?.required ?? null,
        requiredTarget: t?.required ?? null,
        ...(value?.kind === 'NILAI' ? { relatedBerakhlakValue: value.value } : {}),
        reason: reasonOf(current, h, heldGap, t, targetGap, a),
        targetToo: t !== undefined,
        appraisalReasons: a?.reasons.length ?? 0,
      },
    ];
  });

  return needs
    .sort(
      (x, y) =>
        SOURCE_ORDER[x.source] - SOURCE_ORDER[y.source] ||
        y.gap - x.gap ||
        (x.source === 'APPRAISAL' ? y.appraisalReasons - x.appraisalReasons : 0) ||
        Number(y.targetToo) - Number(x.targetToo) ||
        Number(y.appraisalReasons > 0) - Number(x.appraisalReasons > 0) ||
        kindOrder(x.kind) - kindOrder(y.kind) ||
        x.code.localeCompare(y.code),
    )
    .slice(0, Math.max(0, limit))
    .map(({ targetToo: _t, appraisalReasons: _a, ...need }, i) => ({ rank: i + 1, ...need }));
}

function kindOrder(kind: CompetencyKind | null): number {
  return kind === null ? 3 : KIND_ORDER[kind];
}

function reasonOf(
  current: number | null,
  held: CompetencyGap | undefined,
  heldGap: number,
  target: CompetencyGap | undefined,
  targetGap: number,
  appraisal: AppraisalNeed | undefined,
): BilingualText {
  const en = [current === null ? 'Not assessed yet.' : `Current level ${current}.`];
  const id = [current === null ? 'Belum pernah dinilai.' : `Level saat ini ${current}.`];
  if (heldGap > 0) {
    en.push(`The position held requires ${held?.required} (${heldGap} short).`);
    id.push(`Jabatan yang diduduki mensyaratkan ${held?.required} (kurang ${heldGap}).`);
  }
  for (const r of appraisal?.reasons ?? []) {
    en.push(`${r.text.en}.`);
    id.push(`${r.text.id}.`);
  }
  if (targetGap > 0) {
    en.push(`The target position requires ${target?.required} (${targetGap} short).`);
    id.push(`Jabatan target mensyaratkan ${target?.required} (kurang ${targetGap}).`);
  } else if (target !== undefined && heldGap > 0) {
    en.push(`The target position requires it too (level ${target.required}).`);
    id.push(`Jabatan target juga mensyaratkannya (level ${target.required}).`);
  }
  return { en: en.join(' '), id: id.join(' ') };
}
