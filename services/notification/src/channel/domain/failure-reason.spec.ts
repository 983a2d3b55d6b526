import { failureReasonOf } from './failure-reason';

const smtp = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

describe('failureReasonOf', () => {
  it('should give EMAIL_REJECTED and never the server text when the SMTP answer is 5xx', () => {
    const reason = failureReasonOf(
      smtp(550, '550 5.1.1 <kepala@internal.go.id>: no such user here'),
    );
    expect(reason).toBe('EMAIL_REJECTED');
  });

  it('should give EMAIL_DEFERRED when the SMTP answer is 4xx', () => {
    expect(failureReasonOf(smtp(451, '451 4.3.0 mailbox busy at mx1.internal'))).toBe(
      'EMAIL_DEFERRED',
    );
  });

  it('should give a network code when the mail server cannot be reached', () => {
    expect(
      failureReasonOf(
        Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:25'), { code: 'ECONNECTION' }),
      ),
    ).toBe('EMAIL_UNREACHABLE');
    expect(
      failureReasonOf(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })),
    ).toBe('EMAIL_TIMEOUT');
    expect(
      failureReasonOf(Object.assign(new Error('Invalid login: 535 bad creds'), { code: 'EAUTH' })),
    ).toBe('EMAIL_AUTH_FAILED');
  });

  it('should keep a fixed code a channel already threw', () => {
    expect(failureReasonOf(new Error('WEBHOOK_TIMEOUT'))).toBe('WEBHOOK_TIMEOUT');
  });

  it('should give CHANNEL_ERROR when the error is anything else', () => {
    expect(failureReasonOf(new Error('socket hang up at https://intranet/secret?token=abc'))).toBe(
      'CHANNEL_ERROR',
    );
    expect(failureReasonOf('boom')).toBe('CHANNEL_ERROR');
  });
});
