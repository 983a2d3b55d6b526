import type { Actor, UserActor } from '../../shared/domain/actor';
import { ReasonRequiredError } from '../../shared/domain/reason';
import type { SkpStatus } from '../../skp/domain/skp-status';
import {
  APPRAISAL_STATUSES,
  type Appraisal,
  type AppraisalAction,
  type AppraisalActionType,
  type AppraisalStatus,
} from './appraisal';
import {
  AppraisalActorNotAllowedError,
  AppraisalAlreadyFinalError,
  AppraisalNotFinalError,
  AppraisalNotRatedError,
  AppraisalTransitionError,
  ObjectionWindowClosedError,
  ObjectionWindowOpenError,
  SkpNotApprovedError,
} from './appraisal-errors';
import {
  APPRAISAL_RULES,
  applyAppraisalAction,
  objectionDeadline,
  startCorrection,
  type AppraisalContext,
} from './appraisal-status';

const PEGAWAI: UserActor = { kind: 'USER', pegawaiId: 'peg-1' };
const PENILAI: UserActor = { kind: 'USER', pegawaiId: 'pen-1' };
const ATASAN: UserActor = { kind: 'USER', pegawaiId: 'ata-1' };
const SYSTEM: Actor = { kind: 'SYSTEM' };

const DAY = 24 * 60 * 60 * 1000;
const SET_AT = new Date('2025-01-31T03:00:00Z');
const DEADLINE = new Date(SET_AT.getTime() + 14 * DAY);
const OPEN = new Date(SET_AT.getTime() + DAY);
const CLOSED = new Date(DEADLINE.getTime() + DAY);

function context(now: Date, skpStatus: SkpStatus = 'DISETUJUI'): AppraisalContext {
  return { now, objectionWindowDays: 14, skpStatus };
}

// A consistent appraisal for each state: ratings from DINILAI on, predikat and window after.
function appraisalIn(status: AppraisalStatus): Appraisal {
  const rated = !['REALISASI_DIISI', 'UMPAN_BALIK'].includes(status);
  const predikatSet = rated && status !== 'DINILAI';
  return Object.freeze({
    id: 'apr-1',
    status,
    version: 1,
    pegawaiId: PEGAWAI.pegawaiId,
    penilaiId: PENILAI.pegawaiId,
    atasanPenilaiId: ATASAN.pegawaiId,
    ...(rated
      ? { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI', ratedAt: SET_AT }
      : {}),
    ...(predikatSet
      ? { predikat: 'BAIK', predikatSetAt: SET_AT, objectionDeadline: DEADLINE }
      : {}),
    ...(status === 'KEBERATAN'
      ? { keberatan: { reason: 'Bukti dukung belum dibaca.', filedAt: OPEN } }
      : {}),
    ...(status === 'FINAL' ? { finalizedAt: CLOSED } : {}),
  } as Appraisal);
}

const ACTIONS: Record<AppraisalActionType, AppraisalAction> = {
  RECORD_REALISASI: { type: 'RECORD_REALISASI' },
  GIVE_FEEDBACK: { type: 'GIVE_FEEDBACK' },
  RATE: { type: 'RATE', hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
  SET_PREDIKAT: { type: 'SET_PREDIKAT' },
  ACCEPT: { type: 'ACCEPT' },
  OBJECT: { type: 'OBJECT', reason: 'Capaian target triwulan IV belum diperhitungkan.' },
  DECIDE_OBJECTION: {
    type: 'DECIDE_OBJECTION',
    note: 'Keberatan ditolak; penilaian sudah sesuai.',
  },
  FINALIZE: { type: 'FINALIZE' },
};

const ACTOR_FOR: Record<AppraisalActionType, Actor> = {
  RECORD_REALISASI: PEGAWAI,
  GIVE_FEEDBACK: PENILAI,
  RATE: PENILAI,
  SET_PREDIKAT: PENILAI,
  ACCEPT: PEGAWAI,
  OBJECT: PEGAWAI,
  DECIDE_OBJECTION: ATASAN,
  FINALIZE: SYSTEM,
};

// The moment each action is tried at: objections while the window is open, finalizing after.
const NOW_FOR = (type: AppraisalActionType): Date => (type === 'FINALIZE' ? CLOSED : OPEN);

const allowed: [AppraisalStatus, AppraisalActionType, AppraisalStatus][] = [
  ['REALISASI_DIISI', 'RECORD_REALISASI', 'REALISASI_DIISI'],
  ['UMPAN_BALIK', 'RECORD_REALISASI', 'UMPAN_BALIK'],
  ['REALISASI_DIISI', 'GIVE_FEEDBACK', 'UMPAN_BALIK'],
  ['UMPAN_BALIK', 'GIVE_FEEDBACK', 'UMPAN_BALIK'],
  ['DINILAI', 'GIVE_FEEDBACK', 'DINILAI'],
  ['UMPAN_BALIK', 'RATE', 'DINILAI'],
  ['DINILAI', 'RATE', 'DINILAI'],
  ['DINILAI', 'SET_PREDIKAT', 'PREDIKAT_DITETAPKAN'],
  ['PREDIKAT_DITETAPKAN', 'ACCEPT', 'FINAL'],
  ['PREDIKAT_DITETAPKAN', 'OBJECT', 'KEBERATAN'],
  ['KEBERATAN', 'DECIDE_OBJECTION', 'FINAL'],
  ['PREDIKAT_DITETAPKAN', 'FINALIZE', 'FINAL'],
];

type ErrorClass = new (...args: never[]) => Error;
const refused: [AppraisalStatus, AppraisalActionType, ErrorClass][] = APPRAISAL_STATUSES.flatMap(
  (status) =>
    (Object.keys(ACTIONS) as AppraisalActionType[])
      .filter((type) => !allowed.some(([from, t]) => from === status && t === type))
      .map((type): [AppraisalStatus, AppraisalActionType, ErrorClass] => {
        if (status === 'FINAL') return [status, type, AppraisalAlreadyFinalError];
        const needsRating = ['SET_PREDIKAT', 'ACCEPT', 'OBJECT', 'FINALIZE'].includes(type);
        const unrated = ['REALISASI_DIISI', 'UMPAN_BALIK'].includes(status);
        return [
          status,
          type,
          needsRating && unrated ? AppraisalNotRatedError : AppraisalTransitionError,
        ];
      }),
);

function act(status: AppraisalStatus, type: AppraisalActionType, actor = ACTOR_FOR[type]) {
  return applyAppraisalAction(appraisalIn(status), ACTIONS[type], actor, context(NOW_FOR(type)));
}

describe('applyAppraisalAction', () => {
  describe('every pair of state and action', () => {
    it.each(allowed)('should move %s on %s to %s when the right party acts', (from, type, to) => {
      expect(act(from, type).status).toBe(to);
    });

    it('should match the rules table when the allowed pairs are listed', () => {
      const fromRules = Object.entries(APPRAISAL_RULES).flatMap(([type, r]) =>
        r.from.map((from) => `${from}/${type}`),
      );
      expect(fromRules.sort()).toEqual(allowed.map(([from, type]) => `${from}/${type}`).sort());
    });

    it.each(refused)('should refuse %s on %s with %p', (status, type, error) => {
      expect(() => act(status, type)).toThrow(error);
    });

    it('should cover all 48 pairs when allowed and refused are joined', () => {
      expect(allowed.length + refused.length).toBe(APPRAISAL_STATUSES.length * 8);
    });
  });

  describe('who may act', () => {
    const wrong: [AppraisalActionType, Actor][] = [
      ['RECORD_REALISASI', PENILAI],
      ['GIVE_FEEDBACK', PEGAWAI],
      ['RATE', PEGAWAI],
      ['RATE', ATASAN],
      ['SET_PREDIKAT', SYSTEM],
      ['ACCEPT', PENILAI],
      ['OBJECT', PENILAI],
      ['DECIDE_OBJECTION', PENILAI],
      ['DECIDE_OBJECTION', PEGAWAI],
      ['FINALIZE', PEGAWAI],
      ['FINALIZE', ATASAN],
    ];

    it.each(wrong)(
      'should throw AppraisalActorNotAllowedError when %s is done by %o',
      (type, actor) => {
        const from = APPRAISAL_RULES[type].from[0];
        expect(() => act(from, type, actor)).toThrow(AppraisalActorNotAllowedError);
      },
    );

    it('should let the penilai finalize when the window has closed', () => {
      expect(act('PREDIKAT_DITETAPKAN', 'FINALIZE', PENILAI).status).toBe('FINAL');
    });

    it('should refuse a rating when the penilai named is the pegawai', () => {
      const own = { ...appraisalIn('UMPAN_BALIK'), penilaiId: PEGAWAI.pegawaiId };
      expect(() => applyAppraisalAction(own, ACTIONS.RATE, PEGAWAI, context(OPEN))).toThrow(
        AppraisalActorNotAllowedError,
      );
    });

    it('should refuse the objection decision when the atasan named is the penilai who rated', () => {
      const own = { ...appraisalIn('KEBERATAN'), atasanPenilaiId: PENILAI.pegawaiId };
      expect(() =>
        applyAppraisalAction(own, ACTIONS.DECIDE_OBJECTION, PENILAI, context(OPEN)),
      ).toThrow(AppraisalActorNotAllowedError);
    });
  });

  describe('rating', () => {
    it.each(['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN'] as const)(
      'should throw SkpNotApprovedError when the SKP is %s',
      (skpStatus) => {
        const appraisal = appraisalIn('UMPAN_BALIK');
        expect(() =>
          applyAppraisalAction(appraisal, ACTIONS.RATE, PENILAI, context(OPEN, skpStatus)),
        ).toThrow(SkpNotApprovedError);
        expect(() =>
          applyAppraisalAction(
            appraisal,
            ACTIONS.RECORD_REALISASI,
            PEGAWAI,
            context(OPEN, skpStatus),
          ),
        ).toThrow(SkpNotApprovedError);
      },
    );

    it('should refuse to rate or record work when the caller did not give the SKP status', () => {
      const { skpStatus: _unread, ...withoutSkp } = context(OPEN);
      const appraisal = appraisalIn('UMPAN_BALIK');
      expect(() => applyAppraisalAction(appraisal, ACTIONS.RATE, PENILAI, withoutSkp)).toThrow(
        /needs the SKP status/,
      );
      expect(() =>
        applyAppraisalAction(appraisal, ACTIONS.RECORD_REALISASI, PEGAWAI, withoutSkp),
      ).toThrow(/needs the SKP status/);
    });

    it('should store both ratings and leave the input untouched when rated', () => {
      const before = appraisalIn('UMPAN_BALIK');
      const after = applyAppraisalAction(before, ACTIONS.RATE, PENILAI, context(OPEN));
      expect(after).toMatchObject({
        status: 'DINILAI',
        hasilKerja: 'DI_ATAS_EKSPEKTASI',
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
        ratedAt: OPEN,
      });
      expect(before.status).toBe('UMPAN_BALIK');
    });
  });

  describe('setting the predikat', () => {
    it('should compute the predikat from the ratings and fix the objection deadline when set', () => {
      const after = applyAppraisalAction(
        appraisalIn('DINILAI'),
        ACTIONS.SET_PREDIKAT,
        PENILAI,
        context(SET_AT),
      );
      expect(after).toMatchObject({
        status: 'PREDIKAT_DITETAPKAN',
        predikat: 'BAIK',
        predikatSetAt: SET_AT,
        objectionDeadline: DEADLINE,
      });
    });
  });

  describe('the objection window', () => {
    const set = appraisalIn('PREDIKAT_DITETAPKAN');
    const justBefore = new Date(DEADLINE.getTime() - 1);

    it('should accept an objection when it comes just before the deadline', () => {
      const after = applyAppraisalAction(set, ACTIONS.OBJECT, PEGAWAI, context(justBefore));
      expect(after).toMatchObject({
        status: 'KEBERATAN',
        keberatan: {
          reason: 'Capaian target triwulan IV belum diperhitungkan.',
          filedAt: justBefore,
        },
      });
    });

    it('should throw ObjectionWindowClosedError when the objection comes at the deadline', () => {
      expect(() => applyAppraisalAction(set, ACTIONS.OBJECT, PEGAWAI, context(DEADLINE))).toThrow(
        ObjectionWindowClosedError,
      );
    });

    it('should throw ReasonRequiredError when the objection has no reason', () => {
      const action: AppraisalAction = { type: 'OBJECT', reason: ' ' };
      expect(() => applyAppraisalAction(set, action, PEGAWAI, context(OPEN))).toThrow(
        ReasonRequiredError,
      );
    });

    it('should throw ObjectionWindowOpenError when finalizing before the deadline', () => {
      expect(() =>
        applyAppraisalAction(set, ACTIONS.FINALIZE, SYSTEM, context(justBefore)),
      ).toThrow(ObjectionWindowOpenError);
    });

    it('should finalize when the deadline is reached without an objection', () => {
      expect(applyAppraisalAction(set, ACTIONS.FINALIZE, SYSTEM, context(DEADLINE))).toMatchObject({
        status: 'FINAL',
        finalizedAt: DEADLINE,
      });
    });

    it('should finalize at once and refuse objections when the window is 0 days', () => {
      const zero = { ...context(SET_AT), objectionWindowDays: 0 };
      const after = applyAppraisalAction(
        appraisalIn('DINILAI'),
        ACTIONS.SET_PREDIKAT,
        PENILAI,
        zero,
      );
      expect(() => applyAppraisalAction(after, ACTIONS.OBJECT, PEGAWAI, zero)).toThrow(
        ObjectionWindowClosedError,
      );
      expect(applyAppraisalAction(after, ACTIONS.FINALIZE, SYSTEM, zero).status).toBe('FINAL');
    });

    it('should finalize at once when the pegawai accepts the predikat', () => {
      expect(applyAppraisalAction(set, ACTIONS.ACCEPT, PEGAWAI, context(OPEN))).toMatchObject({
        status: 'FINAL',
        finalizedAt: OPEN,
      });
    });
  });

  describe('deciding an objection', () => {
    const objected = appraisalIn('KEBERATAN');

    it('should recompute the predikat and keep the previous one when the ratings change', () => {
      const action: AppraisalAction = {
        type: 'DECIDE_OBJECTION',
        note: 'Keberatan diterima sebagian.',
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
      };
      const after = applyAppraisalAction(objected, action, ATASAN, context(CLOSED));
      expect(after).toMatchObject({
        status: 'FINAL',
        hasilKerja: 'DI_ATAS_EKSPEKTASI',
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
        predikat: 'SANGAT_BAIK',
        finalizedAt: CLOSED,
        keberatan: {
          reason: 'Bukti dukung belum dibaca.',
          decidedAt: CLOSED,
          decidedBy: ATASAN.pegawaiId,
          decisionNote: 'Keberatan diterima sebagian.',
          previous: {
            hasilKerja: 'DI_ATAS_EKSPEKTASI',
            perilakuKerja: 'SESUAI_EKSPEKTASI',
            predikat: 'BAIK',
          },
        },
      });
    });

    it('should keep the predikat and record no previous one when the objection is refused', () => {
      const after = applyAppraisalAction(
        objected,
        ACTIONS.DECIDE_OBJECTION,
        ATASAN,
        context(CLOSED),
      );
      expect(after.predikat).toBe('BAIK');
      expect(after.keberatan?.previous).toBeUndefined();
    });

    it('should throw ReasonRequiredError when the decision has no note', () => {
      const action: AppraisalAction = { type: 'DECIDE_OBJECTION', note: '' };
      expect(() => applyAppraisalAction(objected, action, ATASAN, context(CLOSED))).toThrow(
        ReasonRequiredError,
      );
    });
  });

  it('should name the state, the action and the allowed states when refused', () => {
    let error: unknown;
    try {
      act('REALISASI_DIISI', 'RATE');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({
      code: 'APPRAISAL_TRANSITION_NOT_ALLOWED',
      status: 409,
      detail: {
        en: 'Cannot rate: this appraisal has its realisation recorded; it can be done only when it is in the feedback stage or is rated.',
        id: 'Tidak dapat memberi rating karena penilaian ini baru diisi realisasinya; hal itu hanya dapat dilakukan bila penilaian dalam tahap umpan balik atau sudah dinilai.',
      },
    });
  });
});

describe('objectionDeadline', () => {
  it('should add whole days to the moment the predikat was set', () => {
    expect(objectionDeadline(SET_AT, 14)).toEqual(DEADLINE);
  });

  it.each([-1, 1.5, Number.NaN])('should throw RangeError when the window is %d days', (days) => {
    expect(() => objectionDeadline(SET_AT, days)).toThrow(RangeError);
  });
});

describe('startCorrection', () => {
  const final = appraisalIn('FINAL');

  it('should open a new linked version from the old ratings when a final appraisal is corrected', () => {
    const correction = startCorrection(
      final,
      { id: 'apr-2', reason: 'Salah input rating.' },
      PENILAI,
    );
    expect(correction).toEqual({
      id: 'apr-2',
      status: 'DINILAI',
      version: 2,
      correctionOf: 'apr-1',
      correctionReason: 'Salah input rating.',
      pegawaiId: PEGAWAI.pegawaiId,
      penilaiId: PENILAI.pegawaiId,
      atasanPenilaiId: ATASAN.pegawaiId,
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
      ratedAt: SET_AT,
    });
    expect(final.status).toBe('FINAL');
  });

  it('should let the correction be rated again and get its own predikat when started', () => {
    const correction = startCorrection(final, { id: 'apr-2', reason: 'Salah input.' }, ATASAN);
    const rerated = applyAppraisalAction(correction, ACTIONS.RATE, PENILAI, context(OPEN));
    const set = applyAppraisalAction(rerated, ACTIONS.SET_PREDIKAT, PENILAI, context(OPEN));
    expect(set).toMatchObject({
      status: 'PREDIKAT_DITETAPKAN',
      predikat: 'SANGAT_BAIK',
      version: 2,
    });
  });

  it('should throw AppraisalNotFinalError when the appraisal is not final', () => {
    expect(() =>
      startCorrection(appraisalIn('KEBERATAN'), { id: 'x', reason: 'r' }, PENILAI),
    ).toThrow(AppraisalNotFinalError);
  });

  it('should throw AppraisalActorNotAllowedError when the pegawai starts a correction', () => {
    expect(() => startCorrection(final, { id: 'x', reason: 'r' }, PEGAWAI)).toThrow(
      AppraisalActorNotAllowedError,
    );
  });

  it('should throw ReasonRequiredError when the correction has no reason', () => {
    expect(() => startCorrection(final, { id: 'x', reason: '' }, PENILAI)).toThrow(
      ReasonRequiredError,
    );
  });
});
