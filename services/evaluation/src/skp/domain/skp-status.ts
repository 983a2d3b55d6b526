import { SKP_STATUS_LABELS } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';
import { isUser, type UserActor } from '../../shared/domain/actor';
import { requireReason } from '../../shared/domain/reason';

/** SKP (Sasaran Kinerja Pegawai): the employee's performance plan for a year. */
export const SKP_STATUSES = ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export type SkpAction =
  | { readonly type: 'SUBMIT' }
  | { readonly type: 'WITHDRAW' }
  | { readonly type: 'APPROVE' }
  | { readonly type: 'RETURN'; readonly reason: string }
  | { readonly type: 'REVISE' };
export type SkpActionType = SkpAction['type'];

/** Who acts: the pegawai who owns the SKP, or the penilai (appraiser) named on it. */
export type SkpParty = 'PEGAWAI' | 'PENILAI';

// Each action has one source state. A returned SKP stays DIKEMBALIKAN (the reason on view) until
// the pegawai revises it: REVISE moves it back to DRAFT, the only state in which it is edited, so
// there is one edit path and one submit path. The service may apply REVISE on the first edit.
// WITHDRAW lets the pegawai pull a submitted SKP back before the penilai acts on it.
export const SKP_TRANSITIONS: Readonly<
  Record<SkpActionType, { readonly from: SkpStatus; readonly to: SkpStatus; readonly by: SkpParty }>
> = {
  SUBMIT: { from: 'DRAFT', to: 'DIAJUKAN', by: 'PEGAWAI' },
  WITHDRAW: { from: 'DIAJUKAN', to: 'DRAFT', by: 'PEGAWAI' },
  APPROVE: { from: 'DIAJUKAN', to: 'DISETUJUI', by: 'PENILAI' },
  RETURN: { from: 'DIAJUKAN', to: 'DIKEMBALIKAN', by: 'PENILAI' },
  REVISE: { from: 'DIKEMBALIKAN', to: 'DRAFT', by: 'PEGAWAI' },
};

export interface SkpSnapshot {
  readonly status: SkpStatus;
  readonly pegawaiId: string;
  readonly penilaiId: string;
}

export interface SkpTransition {
  readonly status: SkpStatus;
  /** Set when the SKP is returned: the penilai's reason, trimmed. */
  readonly returnReason?: string;
}

const ACTION_ID: Readonly<Record<SkpActionType, string>> = {
  SUBMIT: 'diajukan',
  WITHDRAW: 'ditarik kembali',
  APPROVE: 'disetujui',
  RETURN: 'dikembalikan',
  REVISE: 'direvisi',
};
const ACTION_EN: Readonly<Record<SkpActionType, string>> = {
  SUBMIT: 'submitted',
  WITHDRAW: 'withdrawn',
  APPROVE: 'approved',
  RETURN: 'returned',
  REVISE: 'revised',
};

export class SkpTransitionError extends DomainError {
  readonly code = 'SKP_TRANSITION_NOT_ALLOWED';
  constructor(
    readonly current: SkpStatus,
    readonly action: SkpActionType,
  ) {
    super(
      {
        en: `This SKP ${SKP_STATUS_LABELS[current].en}, so it cannot be ${ACTION_EN[action]}; only an SKP that ${SKP_STATUS_LABELS[SKP_TRANSITIONS[action].from].en} can.`,
        id: `SKP ini ${SKP_STATUS_LABELS[current].id} sehingga tidak dapat ${ACTION_ID[action]}; hanya SKP yang ${SKP_STATUS_LABELS[SKP_TRANSITIONS[action].from].id} yang dapat.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

export class SkpActorNotAllowedError extends DomainError {
  readonly code = 'SKP_ACTOR_NOT_ALLOWED';
  constructor(
    readonly action: SkpActionType,
    readonly required: SkpParty,
  ) {
    super(
      required === 'PEGAWAI'
        ? {
            en: `Only the employee who owns this SKP may have it ${ACTION_EN[action]}.`,
            id: `SKP ini hanya dapat ${ACTION_ID[action]} oleh pegawai pemiliknya.`,
          }
        : {
            en: `Only the appraiser (pejabat penilai) named on this SKP may have it ${ACTION_EN[action]}.`,
            id: `SKP ini hanya dapat ${ACTION_ID[action]} oleh pejabat penilai kinerja yang tercantum di dalamnya.`,
          },
      { status: 403 },
    );
  }
}

/** Only a draft is edited; a returned SKP is revised (back to DRAFT) first. */
export function isSkpEditable(status: SkpStatus): boolean {
  return status === 'DRAFT';
}

// Order: who may act, then whether the state allows it, then the action's own input.
export function transitionSkp(
  skp: SkpSnapshot,
  action: SkpAction,
  actor: UserActor,
): SkpTransition {
  const rule = SKP_TRANSITIONS[action.type];
  // The penilai must be someone else: nobody approves their own plan.
  const allowed =
    rule.by === 'PEGAWAI'
      ? isUser(actor, skp.pegawaiId)
      : isUser(actor, skp.penilaiId) && actor.pegawaiId !== skp.pegawaiId;
  if (!allowed) throw new SkpActorNotAllowedError(action.type, rule.by);
  if (skp.status !== rule.from) throw new SkpTransitionError(skp.status, action.type);
  if (action.type === 'RETURN') {
    return { status: rule.to, returnReason: requireReason(action.reason, 'reason') };
  }
  return { status: rule.to };
}
