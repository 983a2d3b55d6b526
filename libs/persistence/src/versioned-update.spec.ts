import { NotFoundError, RevisionConflictError } from './persistence-errors';
import { withRevisionIncrement } from './versioned-update';

describe(withRevisionIncrement.name, () => {
  it('should add $inc revision when the update has operators', () => {
    expect(withRevisionIncrement({ $set: { goal: 'x' }, $inc: { views: 1 } })).toEqual({
      $set: { goal: 'x' },
      $inc: { views: 1, revision: 1 },
    });
  });

  it('should move top-level fields into $set when the update uses the implicit form', () => {
    expect(withRevisionIncrement({ goal: 'x', $set: { status: 'final' } })).toEqual({
      $set: { goal: 'x', status: 'final' },
      $inc: { revision: 1 },
    });
  });

  it('should refuse an update that sets revision itself', () => {
    expect(() => withRevisionIncrement({ $set: { revision: 9 } })).toThrow(/must not change/);
    expect(() => withRevisionIncrement({ $inc: { revision: 2 } })).toThrow(/must not change/);
  });
});

describe(RevisionConflictError.name, () => {
  it('should name both revisions in both languages with status 409', () => {
    const error = new RevisionConflictError(3, 5);

    expect(error.status).toBe(409);
    expect(error.code).toBe('REVISION_CONFLICT');
    expect(error.detail.en).toContain('expected revision 3, current revision 5');
    expect(error.detail.id).toContain('revisi yang diharapkan 3, revisi saat ini 5');
  });
});

describe(NotFoundError.name, () => {
  it('should answer 404 with a generic bilingual text when no kind is named', () => {
    const error = new NotFoundError();

    expect(error.status).toBe(404);
    expect(error.detail).toEqual({ en: 'The data was not found.', id: 'Data tidak ditemukan.' });
  });

  it('should name the kind of data when one is given', () => {
    expect(new NotFoundError({ en: 'appraisal', id: 'penilaian' }).detail).toEqual({
      en: 'The appraisal was not found.',
      id: 'Data penilaian tidak ditemukan.',
    });
  });

  it('should repeat the id the caller asked for when one is given', () => {
    expect(new NotFoundError('SKP', 'skp-9').detail).toEqual({
      en: "The SKP 'skp-9' was not found.",
      id: "Data SKP 'skp-9' tidak ditemukan.",
    });
  });
});
