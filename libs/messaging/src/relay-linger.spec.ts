import { lingerFor } from './relay-linger';

describe('how long the outbox relay lingers for a fuller batch', () => {
  it('should not wait when nothing is queued', () => {
    expect(lingerFor(0, Infinity, 1_000, 20)).toBe(0);
  });

  it('should wait until the oldest queued document has waited the linger', () => {
    expect(lingerFor(3, 1_000, 1_000, 20)).toBe(20);
    expect(lingerFor(3, 1_000, 1_015, 20)).toBe(5);
  });

  it('should publish at once what has waited the linger already', () => {
    expect(lingerFor(3, 1_000, 1_020, 20)).toBe(0);
    expect(lingerFor(3, 1_000, 5_000, 20)).toBe(0);
  });

  it('should never wait longer than the linger, whatever the clock says of the oldest', () => {
    expect(lingerFor(1, 2_000, 1_000, 20)).toBe(20);
  });
});
