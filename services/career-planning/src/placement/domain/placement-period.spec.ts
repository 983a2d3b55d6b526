import { decidePlacement, heldOn, overlaps } from './placement-period';

describe('placement periods', () => {
  it('should treat both ends as inclusive', () => {
    expect(
      overlaps(
        { validFrom: '2024-01-01', validTo: '2024-06-30' },
        { validFrom: '2024-06-30', validTo: null },
      ),
    ).toBe(true);
    expect(
      overlaps(
        { validFrom: '2024-01-01', validTo: '2024-06-29' },
        { validFrom: '2024-06-30', validTo: null },
      ),
    ).toBe(false);
  });

  it('should end the open placement the day before a later one starts', () => {
    const decision = decidePlacement([{ id: 'p1', validFrom: '2023-01-01', validTo: null }], {
      validFrom: '2024-03-01',
      validTo: null,
    });
    expect(decision).toEqual({ kind: 'OK', closes: { id: 'p1', validTo: '2024-02-29' } });
  });

  it('should refuse a placement that overlaps a closed one, naming it', () => {
    const closed = { id: 'p1', validFrom: '2023-01-01', validTo: '2023-12-31' };
    expect(decidePlacement([closed], { validFrom: '2023-12-31', validTo: null })).toEqual({
      kind: 'OVERLAP',
      with: closed,
    });
  });

  it('should refuse a placement starting before the open one (back-dated into it)', () => {
    const open = { id: 'p1', validFrom: '2024-01-01', validTo: null };
    expect(decidePlacement([open], { validFrom: '2023-06-01', validTo: null })).toEqual({
      kind: 'OVERLAP',
      with: open,
    });
  });

  it('should accept a back-dated placement that ends before the open one starts', () => {
    const open = { id: 'p1', validFrom: '2024-01-01', validTo: null };
    expect(decidePlacement([open], { validFrom: '2022-01-01', validTo: '2023-12-31' })).toEqual({
      kind: 'OK',
      closes: null,
    });
  });

  it('should refuse an end before the start', () => {
    expect(decidePlacement([], { validFrom: '2024-02-01', validTo: '2024-01-31' }).kind).toBe(
      'INVALID_PERIOD',
    );
  });

  it('should find the placement held on a day', () => {
    const list = [
      { id: 'a', validFrom: '2020-01-01', validTo: '2022-12-31' },
      { id: 'b', validFrom: '2023-01-01', validTo: null },
    ];
    expect(heldOn(list, '2022-12-31')?.id).toBe('a');
    expect(heldOn(list, '2026-05-01')?.id).toBe('b');
    expect(heldOn(list, '2019-12-31')).toBeUndefined();
  });
});
