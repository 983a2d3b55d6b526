import { ReasonRequiredError } from '../../shared/domain/reason';
import type { UserActor } from '../../shared/domain/actor';
import {
  SKP_STATUSES,
  SKP_TRANSITIONS,
  SkpActorNotAllowedError,
  SkpTransitionError,
  isSkpEditable,
  transitionSkp,
  type SkpAction,
  type SkpActionType,
  type SkpStatus,
} from './skp-status';

const PEGAWAI: UserActor = { kind: 'USER', pegawaiId: 'peg-1' };
const PENILAI: UserActor = { kind: 'USER', pegawaiId: 'pen-1' };
const STRANGER: UserActor = { kind: 'USER', pegawaiId: 'other' };

function skpIn(status: SkpStatus) {
  return { status, pegawaiId: PEGAWAI.pegawaiId, penilaiId: PENILAI.pegawaiId };
}

const ACTIONS: Record<SkpActionType, SkpAction> = {
  SUBMIT: { type: 'SUBMIT' },
  WITHDRAW: { type: 'WITHDRAW' },
  APPROVE: { type: 'APPROVE' },
  RETURN: { type: 'RETURN', reason: 'Indikator hasil kerja utama belum terukur.' },
  REVISE: { type: 'REVISE' },
};

const ACTOR_FOR: Record<SkpActionType, UserActor> = {
  SUBMIT: PEGAWAI,
  WITHDRAW: PEGAWAI,
  APPROVE: PENILAI,
  RETURN: PENILAI,
  REVISE: PEGAWAI,
};

const allowed: [SkpStatus, SkpActionType, SkpStatus][] = [
  ['DRAFT', 'SUBMIT', 'DIAJUKAN'],
  ['DIAJUKAN', 'WITHDRAW', 'DRAFT'],
  ['DIAJUKAN', 'APPROVE', 'DISETUJUI'],
  ['DIAJUKAN', 'RETURN', 'DIKEMBALIKAN'],
  ['DIKEMBALIKAN', 'REVISE', 'DRAFT'],
];

const refused: [SkpStatus, SkpActionType][] = SKP_STATUSES.flatMap((status) =>
  (Object.keys(ACTIONS) as SkpActionType[])
    .filter((type) => !allowed.some(([from, t]) => from === status && t === type))
    .map((type): [SkpStatus, SkpActionType] => [status, type]),
);

describe('transitionSkp', () => {
  it.each(allowed)('should move %s on %s to %s when the right party acts', (from, type, to) => {
    expect(transitionSkp(skpIn(from), ACTIONS[type], ACTOR_FOR[type]).status).toBe(to);
  });

  it('should list exactly the allowed transitions when the table is read', () => {
    const table = Object.entries(SKP_TRANSITIONS).map(([type, r]) => [r.from, type, r.to]);
    expect(table.sort()).toEqual([...allowed].sort());
  });

  it.each(refused)('should throw SkpTransitionError when %s meets %s', (status, type) => {
    expect(() => transitionSkp(skpIn(status), ACTIONS[type], ACTOR_FOR[type])).toThrow(
      SkpTransitionError,
    );
  });

  it('should cover all 20 pairs of status and action when allowed and refused are joined', () => {
    expect(allowed.length + refused.length).toBe(SKP_STATUSES.length * 5);
  });

  it.each([
    ['SUBMIT', PENILAI],
    ['SUBMIT', STRANGER],
    ['WITHDRAW', PENILAI],
    ['REVISE', STRANGER],
    ['APPROVE', PEGAWAI],
    ['APPROVE', STRANGER],
    ['RETURN', PEGAWAI],
  ] as [SkpActionType, UserActor][])(
    'should throw SkpActorNotAllowedError when %s is done by %o',
    (type, actor) => {
      const from = SKP_TRANSITIONS[type].from;
      expect(() => transitionSkp(skpIn(from), ACTIONS[type], actor)).toThrow(
        SkpActorNotAllowedError,
      );
    },
  );

  it('should refuse approval when the penilai named is the pegawai', () => {
    const own = { status: 'DIAJUKAN' as const, pegawaiId: 'peg-1', penilaiId: 'peg-1' };
    expect(() => transitionSkp(own, { type: 'APPROVE' }, PEGAWAI)).toThrow(SkpActorNotAllowedError);
  });

  it('should keep the trimmed reason when the SKP is returned', () => {
    const action: SkpAction = { type: 'RETURN', reason: '  Target terlalu rendah.  ' };
    expect(transitionSkp(skpIn('DIAJUKAN'), action, PENILAI)).toEqual({
      status: 'DIKEMBALIKAN',
      returnReason: 'Target terlalu rendah.',
    });
  });

  it('should throw ReasonRequiredError when the SKP is returned without a reason', () => {
    expect(() =>
      transitionSkp(skpIn('DIAJUKAN'), { type: 'RETURN', reason: '  ' }, PENILAI),
    ).toThrow(ReasonRequiredError);
  });

  it('should name the state and the action in both languages when refused', () => {
    try {
      transitionSkp(skpIn('DISETUJUI'), { type: 'SUBMIT' }, PEGAWAI);
      throw new Error('expected a SkpTransitionError');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'SKP_TRANSITION_NOT_ALLOWED',
        status: 409,
        current: 'DISETUJUI',
        action: 'SUBMIT',
        detail: {
          en: 'This SKP is approved, so it cannot be submitted; only an SKP that is a draft can.',
          id: 'SKP ini sudah disetujui sehingga tidak dapat diajukan; hanya SKP yang masih draf yang dapat.',
        },
      });
    }
  });
});

describe('isSkpEditable', () => {
  it.each(SKP_STATUSES)('should answer editable only for DRAFT when the SKP is %s', (status) => {
    expect(isSkpEditable(status)).toBe(status === 'DRAFT');
  });
});
