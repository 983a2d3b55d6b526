import { auditEntry, withAudit } from './audit';

describe(withAudit.name, () => {
  const at = new Date('2025-01-02T03:04:05Z');
  const entry = auditEntry(
    { subject: 'u1', roles: ['PEJABAT_PENILAI'] },
    'skp.approved',
    {
      before: { status: 'draft' },
      after: { status: 'approved' },
    },
    at,
  );

  it('should add the entry as $push.audit when the update has no $push', () => {
    expect(withAudit({ $set: { status: 'approved' } }, entry)).toEqual({
      $set: { status: 'approved' },
      $push: { audit: entry },
    });
  });

  it('should keep the other pushes when the update already has a $push', () => {
    const update = withAudit({ $push: { outbox: { id: 'e1' } } }, entry);

    expect(update.$push).toEqual({ outbox: { id: 'e1' }, audit: entry });
  });

  it('should cap the trail with $each and $slice when keep is given', () => {
    expect(withAudit({}, entry, { keep: 50 }).$push).toEqual({
      audit: { $each: [entry], $slice: -50 },
    });
  });

  it('should refuse an update that already pushes to audit', () => {
    expect(() => withAudit({ $push: { audit: entry } }, entry)).toThrow(/already pushes/);
  });
});

describe(auditEntry.name, () => {
  it('should copy only subject and roles of the principal when given a whole principal', () => {
    const principal = {
      subject: 'u1',
      roles: ['ADMIN_INSTANSI'],
      agencyId: 'AG1',
      employeeId: 'E9',
    };

    const entry = auditEntry(principal, 'plan.renamed');

    expect(entry.by).toEqual({ subject: 'u1', roles: ['ADMIN_INSTANSI'] });
    expect(entry).not.toHaveProperty('before');
    expect(entry.at).toBeInstanceOf(Date);
  });
});
