import { ReasonRequiredError, requireReason } from './reason';

describe('requireReason', () => {
  it('should return the trimmed reason when it has text', () => {
    expect(requireReason('  Target belum realistis. ', 'reason')).toBe('Target belum realistis.');
  });

  it.each([undefined, '', '   \n\t'])(
    'should throw ReasonRequiredError when the reason is %j',
    (reason) => {
      expect(() => requireReason(reason, 'keberatan.reason')).toThrow(ReasonRequiredError);
    },
  );

  it('should name the field when the reason is blank', () => {
    try {
      requireReason(' ', 'keberatan.reason');
      throw new Error('expected a ReasonRequiredError');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'REASON_REQUIRED',
        field: 'keberatan.reason',
        status: 422,
      });
    }
  });
});
