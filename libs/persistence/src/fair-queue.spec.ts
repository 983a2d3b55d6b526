import { FairQueue } from './fair-queue';

const drain = <V>(q: FairQueue<V>) => {
  const out: string[] = [];
  for (let e = q.shift(); e; e = q.shift()) out.push(e[0]);
  return out;
};

describe(FairQueue.name, () => {
  it('should serve groups in turn, each in its own order', () => {
    const q = new FairQueue<number>();
    for (let i = 1; i <= 4; i += 1) q.push('big', `big-${i}`, i);
    q.push('small', 'small-1', 1);
    q.push('other', 'other-1', 1);
    q.push('small', 'small-2', 2);
    expect(q.size).toBe(7);
    expect(drain(q)).toEqual(['big-1', 'small-1', 'other-1', 'big-2', 'small-2', 'big-3', 'big-4']);
    expect(q.size).toBe(0);
  });

  it('should let a late group in before the rest of a backlog', () => {
    const q = new FairQueue<null>();
    for (let i = 1; i <= 1000; i += 1) q.push('bulk', `b${i}`, null);
    q.shift();
    q.push('late', 'late-1', null);
    expect(q.shift()![0]).toBe('b2');
    expect(q.shift()![0]).toBe('late-1');
  });

  it('should keep a key queued once, with its newest value', () => {
    const q = new FairQueue<string>();
    q.push('a', 'k', 'old');
    q.push('b', 'k', 'new');
    expect(q.size).toBe(1);
    expect(q.shift()).toEqual(['k', 'new']);
    expect(q.shift()).toBeUndefined();
  });

  it('should pass over the groups it is told to skip, who keep their turn', () => {
    const q = new FairQueue<null>();
    for (let i = 1; i <= 50; i += 1) q.push('bulk', `b${i}`, null);
    q.push('single', 's1', null);
    q.push('pair', 'p1', null);
    q.push('pair', 'p2', null);
    const small = (_: string, size: number) => size <= 2;
    expect(q.sizeOf('bulk')).toBe(50);
    expect(q.someGroup((_, size) => size > 2)).toBe(true);
    expect(q.shiftWhere(small)![0]).toBe('s1');
    expect(q.shiftWhere(small)![0]).toBe('p1');
    expect(q.shiftWhere(small)![0]).toBe('p2');
    expect(q.shiftWhere(small)).toBeUndefined();
    expect(q.sizeOf('single')).toBe(0);
    expect(q.shift()![0]).toBe('b1');
    expect(q.someGroup((group) => group === 'pair')).toBe(false);
  });
});
