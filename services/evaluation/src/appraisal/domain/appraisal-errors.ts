import {
  APPRAISAL_STATUS_LABELS,
  formatDateTime,
  PERIOD_KIND_LABELS,
  SKP_STATUS_LABELS,
} from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';
import type { SkpStatus } from '../../skp/domain/skp-status';
import type { AppraisalActionType, AppraisalParty, AppraisalStatus } from './appraisal';
import type { PeriodKind } from './period';

const ACTION_EN: Readonly<Record<AppraisalActionType, string>> = {
  RECORD_REALISASI: 'record the realisation',
  GIVE_FEEDBACK: 'give feedback',
  RATE: 'rate',
  SET_PREDIKAT: 'set the predikat',
  ACCEPT: 'accept the predikat',
  OBJECT: 'object to the predikat',
  DECIDE_OBJECTION: 'decide the objection',
  FINALIZE: 'finalize',
};
const ACTION_ID: Readonly<Record<AppraisalActionType, string>> = {
  RECORD_REALISASI: 'mengisi realisasi',
  GIVE_FEEDBACK: 'memberi umpan balik',
  RATE: 'memberi rating',
  SET_PREDIKAT: 'menetapkan predikat',
  ACCEPT: 'menerima predikat',
  OBJECT: 'mengajukan keberatan',
  DECIDE_OBJECTION: 'memutus keberatan',
  FINALIZE: 'memfinalkan penilaian',
};
const PARTY_EN: Readonly<Record<AppraisalParty, string>> = {
  PEGAWAI: 'the appraised employee',
  PENILAI: 'the appraiser (pejabat penilai kinerja)',
  ATASAN_PENILAI: "the appraiser's superior (atasan pejabat penilai)",
  SYSTEM: 'the system',
};
const PARTY_ID: Readonly<Record<AppraisalParty, string>> = {
  PEGAWAI: 'pegawai yang dinilai',
  PENILAI: 'pejabat penilai kinerja',
  ATASAN_PENILAI: 'atasan pejabat penilai kinerja',
  SYSTEM: 'sistem',
};

export class AppraisalAlreadyFinalError extends DomainError {
  readonly code = 'APPRAISAL_ALREADY_FINAL';
  constructor() {
    super(
      {
        en: 'The appraisal is final and cannot be changed; a correction is made as a new version.',
        id: 'Penilaian sudah final dan tidak dapat diubah; koreksi dibuat sebagai versi baru.',
      },
      { status: 409, field: 'status' },
    );
  }
}

export class AppraisalTransitionError extends DomainError {
  readonly code = 'APPRAISAL_TRANSITION_NOT_ALLOWED';
  constructor(
    readonly current: AppraisalStatus,
    readonly action: AppraisalActionType,
    readonly allowedFrom: readonly AppraisalStatus[],
  ) {
    super(
      {
        en: `Cannot ${ACTION_EN[action]}: this appraisal ${APPRAISAL_STATUS_LABELS[current].en}; it can be done only when it ${allowedFrom.map((s) => APPRAISAL_STATUS_LABELS[s].en).join(' or ')}.`,
        id: `Tidak dapat ${ACTION_ID[action]} karena penilaian ini ${APPRAISAL_STATUS_LABELS[current].id}; hal itu hanya dapat dilakukan bila penilaian ${allowedFrom.map((s) => APPRAISAL_STATUS_LABELS[s].id).join(' atau ')}.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

export class AppraisalNotRatedError extends DomainError {
  readonly code = 'APPRAISAL_NOT_RATED';
  constructor(readonly action: AppraisalActionType) {
    super(
      {
        en: `Cannot ${ACTION_EN[action]}: hasil kerja and perilaku kerja have not been rated yet.`,
        id: `Tidak dapat ${ACTION_ID[action]}: hasil kerja dan perilaku kerja belum dinilai.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

export class SkpNotApprovedError extends DomainError {
  readonly code = 'SKP_NOT_APPROVED';
  constructor(readonly skpStatus: SkpStatus) {
    super(
      {
        en: `The SKP ${SKP_STATUS_LABELS[skpStatus].en}; an appraisal needs an approved SKP.`,
        id: `SKP ini ${SKP_STATUS_LABELS[skpStatus].id}; penilaian memerlukan SKP yang sudah disetujui.`,
      },
      { status: 409, field: 'skp' },
    );
  }
}

export class AppraisalActorNotAllowedError extends DomainError {
  readonly code = 'APPRAISAL_ACTOR_NOT_ALLOWED';
  constructor(
    readonly action: AppraisalActionType,
    readonly parties: readonly AppraisalParty[],
  ) {
    super(
      {
        en: `Only ${parties.map((p) => PARTY_EN[p]).join(' or ')} may ${ACTION_EN[action]}.`,
        id: `Hanya ${parties.map((p) => PARTY_ID[p]).join(' atau ')} yang dapat ${ACTION_ID[action]}.`,
      },
      { status: 403 },
    );
  }
}

export class ObjectionWindowClosedError extends DomainError {
  readonly code = 'OBJECTION_WINDOW_CLOSED';
  constructor(readonly deadline: Date) {
    super(
      {
        en: `The objection window closed on ${formatDateTime(deadline, 'en')}.`,
        id: `Batas waktu pengajuan keberatan telah berakhir pada ${formatDateTime(deadline, 'id')}.`,
      },
      { status: 409 },
    );
  }
}

export class ObjectionWindowOpenError extends DomainError {
  readonly code = 'OBJECTION_WINDOW_OPEN';
  constructor(readonly deadline: Date) {
    super(
      {
        en: `The employee may still object until ${formatDateTime(deadline, 'en')}; the appraisal becomes final after that.`,
        id: `Pegawai masih dapat mengajukan keberatan sampai ${formatDateTime(deadline, 'id')}; penilaian baru dapat difinalkan setelahnya.`,
      },
      { status: 409 },
    );
  }
}

export class AppraisalNotFinalError extends DomainError {
  readonly code = 'APPRAISAL_NOT_FINAL';
  constructor(readonly current: AppraisalStatus) {
    super(
      {
        en: `Only a final appraisal is corrected by a new version; this one ${APPRAISAL_STATUS_LABELS[current].en} and can still change.`,
        id: `Hanya penilaian final yang dikoreksi dengan versi baru; penilaian ini ${APPRAISAL_STATUS_LABELS[current].id} dan masih dapat diubah.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

export class PeriodKindNotUsedError extends DomainError {
  readonly code = 'PERIOD_KIND_NOT_USED';
  constructor(kind: PeriodKind) {
    super(
      {
        en: `Your agency does not appraise in ${PERIOD_KIND_LABELS[kind].en} periods.`,
        id: `Instansi Anda tidak menggunakan periode penilaian ${PERIOD_KIND_LABELS[kind].id}.`,
      },
      { status: 422, field: 'period.kind' },
    );
  }
}

export class AppraisalAlreadyExistsError extends DomainError {
  readonly code = 'APPRAISAL_ALREADY_EXISTS';
  constructor() {
    super(
      {
        en: 'An appraisal of this period already exists for you.',
        id: 'Penilaian untuk periode ini sudah ada.',
      },
      { status: 409, field: 'period' },
    );
  }
}

export class UnknownIndicatorError extends DomainError {
  readonly code = 'INDICATOR_UNKNOWN';
  constructor(field: string) {
    super(
      {
        en: 'This indicator is not part of the SKP the appraisal follows.',
        id: 'Indikator ini tidak termasuk dalam SKP yang menjadi dasar penilaian.',
      },
      { status: 422, field },
    );
  }
}

/** Other predikat of the unit kept being set while this one was checked against the curve. */
export class CurveBusyError extends DomainError {
  readonly code = 'CURVE_BUSY';
  constructor() {
    super(
      {
        en: "Other predikat of the unit were being set at the same moment, so the unit's curve could not be checked. Nothing was changed; please try again.",
        id: 'Predikat lain di unit ini sedang ditetapkan pada saat yang sama sehingga kurva unit tidak dapat diperiksa. Tidak ada yang diubah; silakan coba lagi.',
      },
      { status: 409, field: 'predikat' },
    );
  }
}
