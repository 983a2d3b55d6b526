import { csrfAllowed } from './csrf.guard';

describe('csrfAllowed', () => {
  const origin = 'http://127.0.0.1:3000';
  const token = 'tok-123456';

  it('should let reads through without a token', () => {
    expect(csrfAllowed('GET', {}, undefined, origin)).toBe(true);
    expect(csrfAllowed('HEAD', {}, undefined, origin)).toBe(true);
  });

  it('should refuse a change without the session token, or with another one', () => {
    expect(csrfAllowed('POST', {}, token, origin)).toBe(false);
    expect(csrfAllowed('POST', { 'x-csrf-token': 'tok-654321' }, token, origin)).toBe(false);
    expect(csrfAllowed('PUT', { 'x-csrf-token': token }, undefined, origin)).toBe(false);
  });

  it('should refuse a change sent from another site even with the token', () => {
    expect(
      csrfAllowed('POST', { 'x-csrf-token': token, origin: 'https://evil.example' }, token, origin),
    ).toBe(false);
  });

  it('should accept a change from the portal carrying the session token', () => {
    expect(csrfAllowed('POST', { 'x-csrf-token': token, origin }, token, origin)).toBe(true);
    expect(csrfAllowed('DELETE', { 'x-csrf-token': token }, token, origin)).toBe(true);
  });
});
