import { RecentIds } from './recent-ids';

describe(RecentIds.name, () => {
  it('should remember what was added', () => {
    const recent = new RecentIds(3);
    recent.add('a');
    expect(recent.has('a')).toBe(true);
    expect(recent.has('b')).toBe(false);
  });

  it('should forget the oldest beyond its capacity, and keep the rest', () => {
    const recent = new RecentIds(3);
    ['a', 'b', 'c', 'd'].forEach((id) => recent.add(id));
    expect(['a', 'b', 'c', 'd'].map((id) => recent.has(id))).toEqual([false, true, true, true]);
  });

  it('should count an id added twice once', () => {
    const recent = new RecentIds(2);
    ['a', 'a', 'b'].forEach((id) => recent.add(id));
    expect(recent.has('a')).toBe(true);
  });
});
