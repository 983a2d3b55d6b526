import { endOfQuietHours, nextLocalTime } from './quiet-hours';

const at = (iso: string) => new Date(iso);

describe(endOfQuietHours.name, () => {
  const quiet = { start: '21:00', end: '06:00' };

  it('should keep an instant outside the quiet hours', () => {
    const noon = at('2026-01-27T05:00:00Z'); // 12:00 WIB
    expect(endOfQuietHours(noon, quiet, 'Asia/Jakarta')).toEqual(noon);
  });

  it('should move an instant inside quiet hours spanning midnight to their end, local time', () => {
    expect(endOfQuietHours(at('2026-01-27T20:30:00Z'), quiet, 'Asia/Jakarta')).toEqual(
      at('2026-01-27T23:00:00Z'),
    );
    // Same instant in WIT (UTC+9) is 05:30 local: half an hour to wait.
    expect(endOfQuietHours(at('2026-01-27T20:30:00Z'), quiet, 'Asia/Jayapura')).toEqual(
      at('2026-01-27T21:00:00Z'),
    );
  });

  it('should handle quiet hours within one day', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(endOfQuietHours(at('2026-01-27T05:15:00Z'), lunch, 'Asia/Jakarta')).toEqual(
      at('2026-01-27T06:00:00Z'),
    );
  });
});

describe(nextLocalTime.name, () => {
  it('should give the next 07:00 local, tomorrow once it has passed today', () => {
    expect(nextLocalTime(at('2026-01-27T15:00:00Z'), '07:00', 'Asia/Jakarta')).toEqual(
      at('2026-01-28T00:00:00Z'),
    );
    expect(nextLocalTime(at('2026-01-27T00:00:00Z'), '07:00', 'Asia/Jakarta')).toEqual(
      at('2026-01-28T00:00:00Z'),
    );
  });
});
