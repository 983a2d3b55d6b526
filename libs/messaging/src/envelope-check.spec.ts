import { defineEvent, Type } from '@jenjang/contracts';
import { envelopeMismatch } from './envelope-check';

const contract = defineEvent({
  topic: 'public.notification.delivered-probe.v1',
  producer: 'notification',
  summary: 'probe',
  subject: 'recipientEmployeeId',
  agency: 'agencyId',
  schema: Type.Object({ recipientEmployeeId: Type.String(), agencyId: Type.String() }),
  example: { recipientEmployeeId: 'E1', agencyId: 'AG1' },
});
const data = { recipientEmployeeId: 'E1', agencyId: 'AG1' };

describe(envelopeMismatch.name, () => {
  it('should find nothing when the headers name the payload fields the contract declares', () => {
    expect(envelopeMismatch(contract, { subject: 'E1', agency: 'AG1' }, data)).toBeUndefined();
  });

  it('should name the header and the field that disagree when the agency differs', () => {
    expect(envelopeMismatch(contract, { subject: 'E1', agency: 'AG2' }, data)).toBe(
      'ce_agency "AG2" differs from agencyId "AG1"',
    );
  });

  it('should name both when the subject and the agency differ', () => {
    expect(envelopeMismatch(contract, { subject: 'E9', agency: 'AG2' }, data)).toBe(
      'ce_subject "E9" differs from recipientEmployeeId "E1"; ce_agency "AG2" differs from agencyId "AG1"',
    );
  });
});
