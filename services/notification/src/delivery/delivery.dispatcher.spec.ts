import type { NoticeChannel, OutgoingNotice } from '../channel/notice-channel';
import { notificationConfig } from '../config/notification.config';
import type { Recipient } from '../recipient/domain/recipient';
import type { RecipientRepository } from '../recipient/recipient.repository';
import { pendingDelivery } from '../../test/support/deliveries';
import { DeliveryDispatcher } from './delivery.dispatcher';
import type { Delivery, DeliveryRepository } from './delivery.repository';
import type { DigestSender } from './digest.sender';

// How the dispatcher takes the lease of a new delivery handed over in process: a delivery
// stored already leased is sent without a claim while half its lease is left, renewed after a
// longer wait, and claimed by _id when it came without a lease or lost it.

const config = notificationConfig.load();
const LEASE = config.DISPATCH_LEASE_MS;
const NOW = new Date('2026-12-03T03:00:00Z');

const recipient: Recipient = {
  agencyId: 'ag-1',
  employeeId: 'emp-1',
  email: 'emp-1@instansi.go.id',
  phone: null,
  language: 'id',
  timeZone: 'Asia/Jakarta',
  unitId: 'unit-1',
  teams: [],
  preferences: [],
  quietHours: null,
  digestAt: null,
};

const delivery = (id: string, leaseUntil: Date | null): Delivery =>
  pendingDelivery(id, NOW, { leaseUntil });

/** `count` new deliveries `<prefix>-<i>` handed over leased until a lease from `from`. */
const leasedMany = (prefix: string, count: number, from = Date.now(), first = 0) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${first + i}`,
    recipient,
    leased: delivery(`${prefix}-${first + i}`, new Date(from + LEASE)),
  }));

/** A promise the test settles when it chooses (a channel's server holding a send). */
const gate = () => {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
};

/** Lets the event loop turn until `done` holds (at most `turns` times). */
const turnsUntil = async (done: () => boolean, turns = 5000) => {
  for (let turn = 0; turn < turns && !done(); turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
};

class FakeDeliveries {
  readonly calls: string[] = [];
  readonly finished: { id: string; leaseUntil: Date | null }[] = [];
  /** What the store answers to a renewal (those renewed) / a claim (null: not claimable). */
  renewAnswer: Delivery[] = [];
  claimAnswer: Delivery | null = null;

  renewLeases(held: Delivery[]) {
    this.calls.push(`renew ${held.map((d) => d.id).join(',')}`);
    return Promise.resolve(this.renewAnswer);
  }
  claimIfDue(id: string) {
    this.calls.push(`claim ${id}`);
    return Promise.resolve(this.claimAnswer);
  }
  /** What the sweep's claims answer, in turn (then null: nothing due). */
  due: Delivery[] = [];
  claimDue() {
    this.calls.push('claimDue');
    return Promise.resolve(this.due.shift() ?? null);
  }
  /** Retries recorded instead of refused, for the retry test. */
  retries?: { id: string; next: Date }[];
  retryLater(d: Delivery, _at: Date, next: Date, reason: string) {
    if (!this.retries) throw new Error(`${d.id} failed: ${reason}`);
    this.retries.push({ id: d.id, next });
    return Promise.resolve(true);
  }
  delivered(d: Delivery) {
    this.finished.push({ id: d.id, leaseUntil: d.leaseUntil });
    return Promise.resolve(true);
  }
}

describe('DeliveryDispatcher, new deliveries handed over in process', () => {
  let store: FakeDeliveries;
  let sent: OutgoingNotice[];
  let failNext: boolean;
  let dispatcher: DeliveryDispatcher;

  // runOnce is driven by hand below; enqueue's wake-up must not start a run of its own.
  const dispatcherWith = (channel: NoticeChannel) => {
    const made = new DeliveryDispatcher(
      store as unknown as DeliveryRepository,
      { get: () => Promise.resolve(recipient) } as unknown as RecipientRepository,
      { sendDue: () => Promise.resolve(0) } as unknown as DigestSender,
      [channel],
      config,
    );
    jest.spyOn(made, 'wake').mockImplementation(() => undefined);
    return made;
  };

  beforeEach(() => {
    store = new FakeDeliveries();
    sent = [];
    failNext = false;
    const inApp: NoticeChannel = {
      channel: 'IN_APP',
      send: (n) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('connection refused'));
        }
        sent.push(n);
        return Promise.resolve();
      },
    };
    dispatcher = dispatcherWith(inApp);
  });

  it('should send a delivery stored with its lease without claiming it again', async () => {
    const leased = delivery('d-1', new Date(NOW.getTime() + LEASE));
    dispatcher.enqueue('ag-1', [{ id: 'd-1', recipient, leased }]);

    await dispatcher.runOnce(() => NOW, false);

    expect(store.calls).toEqual([]);
    expect(sent.map((n) => n.deliveryId)).toEqual(['d-1']);
    expect(store.finished).toEqual([{ id: 'd-1', leaseUntil: leased.leaseUntil }]);
  });

  it('should renew the lease of a delivery that waited past half of it, and send it', async () => {
    const leased = delivery('d-2', new Date(NOW.getTime() + LEASE / 4));
    const renewed = delivery('d-2', new Date(NOW.getTime() + LEASE));
    store.renewAnswer = [renewed];
    dispatcher.enqueue('ag-1', [{ id: 'd-2', recipient, leased }]);

    await dispatcher.runOnce(() => NOW, false);

    expect(store.calls).toEqual(['renew d-2']);
    expect(store.finished).toEqual([{ id: 'd-2', leaseUntil: renewed.leaseUntil }]);
  });

  it('should renew the leases of every delivery that waited in one command, and claim only the one that lost its lease', async () => {
    const short = new Date(NOW.getTime() + LEASE / 4);
    const ids = ['w-1', 'w-2', 'w-3'];
    store.renewAnswer = ['w-1', 'w-3'].map((id) => delivery(id, new Date(NOW.getTime() + LEASE)));
    dispatcher.enqueue(
      'ag-1',
      ids.map((id) => ({ id, recipient, leased: delivery(id, short) })),
    );

    await dispatcher.runOnce(() => NOW, false);

    expect(store.calls).toEqual(['renew w-1,w-2,w-3', 'claim w-2']);
    expect(sent.map((n) => n.deliveryId).sort()).toEqual(['w-1', 'w-3']);
  });

  it('should send a whole batch of in-app notices at once, not DISPATCH_CONCURRENCY at a time', async () => {
    const { closed, open } = gate();
    const started: string[] = [];
    const waiting: NoticeChannel = {
      channel: 'IN_APP',
      local: true,
      send: async (n) => {
        started.push(n.deliveryId);
        await closed;
      },
    };
    const batched = dispatcherWith(waiting);
    // One whole batch (the dispatcher takes 100 queued at a time), more than the senders.
    const count = 100;
    expect(count).toBeGreaterThan(config.DISPATCH_CONCURRENCY);
    batched.enqueue(
      'ag-1',
      Array.from({ length: count }, (_, i) => ({
        id: `b-${i}`,
        recipient,
        leased: delivery(`b-${i}`, new Date(NOW.getTime() + LEASE)),
      })),
    );

    const run = batched.runOnce(() => NOW, false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(count);
    open();
    await run;
    expect(store.finished).toHaveLength(count);
  });

  it('should go on to the next batch while an email of the last one is still at the server', async () => {
    const { closed: held, open: release } = gate();
    const sentIds: string[] = [];
    // A remote channel (email): the first delivery's server hangs, the others answer at once.
    const email: NoticeChannel = {
      channel: 'IN_APP',
      send: async (n) => {
        if (n.deliveryId === 'e-0') await held;
        sentIds.push(n.deliveryId);
      },
    };
    const piped = dispatcherWith(email);
    jest.mocked(piped.wake).mockRestore();
    piped.enqueue('ag-1', leasedMany('e', 250));

    // Before: each batch of 100 waited for its slowest send, so nothing after e-99 went out.
    await turnsUntil(() => sentIds.length >= 249);
    expect(sentIds).toHaveLength(249);
    expect(sentIds).not.toContain('e-0');
    release();
    await piped.onModuleDestroy();
    expect(sentIds).toHaveLength(250);
    expect(store.finished).toHaveLength(250);
  });

  it('should keep the event handlers waiting while DISPATCH_QUEUE_MAX new deliveries wait to be sent', async () => {
    const max = config.DISPATCH_QUEUE_MAX;
    dispatcher.enqueue('ag-1', leasedMany('m', max - 1, NOW.getTime()));
    await dispatcher.roomForMore(); // below the mark: at once

    dispatcher.enqueue('ag-1', leasedMany('m', 1, NOW.getTime(), max));
    let room = false;
    const waiting = dispatcher.roomForMore().then(() => (room = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(room).toBe(false);

    // One batch taken from the queue makes room.
    await dispatcher.runOnce(() => NOW, false);
    await waiting;
    expect(room).toBe(true);
  });

  it('should run a sweep asked for while more than a batch was queued, after the batches', async () => {
    // The dispatcher's own loop this time: a new dispatcher starts with a sweep asked for.
    jest.mocked(dispatcher.wake).mockRestore();
    dispatcher.enqueue('ag-1', leasedMany('q', 101));

    await turnsUntil(() => store.calls.includes('claimDue'), 1000);
    await dispatcher.onModuleDestroy();

    expect(sent).toHaveLength(101);
    expect(store.calls).toEqual(['claimDue']);
  });

  it('should not send a delivery whose lease was lost and cannot be claimed', async () => {
    dispatcher.enqueue('ag-1', [
      { id: 'd-3', recipient, leased: delivery('d-3', new Date(NOW.getTime() - 1)) },
    ]);

    await dispatcher.runOnce(() => NOW, false);

    expect(store.calls).toEqual(['renew d-3', 'claim d-3']);
    expect(sent).toEqual([]);
  });

  it('should claim a delivery handed over without a lease by its _id', async () => {
    store.claimAnswer = delivery('d-4', new Date(NOW.getTime() + LEASE));
    dispatcher.enqueue('ag-1', [{ id: 'd-4', recipient }]);

    await dispatcher.runOnce(() => NOW, false);

    expect(store.calls).toEqual(['claim d-4']);
    expect(sent.map((n) => n.deliveryId)).toEqual(['d-4']);
  });

  it('should ask the store once when a sweep finds nothing due', async () => {
    await dispatcher.runOnce(() => NOW, true);

    expect(store.calls).toEqual(['claimDue']);
  });

  it('should wait twice as long after each sweep that found nothing, and the base wait after one that found something', async () => {
    const base = config.DISPATCH_POLL_MS;
    const waits = [dispatcher.pollMs];
    for (let i = 0; i < 12; i++) {
      await dispatcher.runOnce(() => NOW, true);
      waits.push(dispatcher.pollMs);
    }
    expect(waits.slice(0, 4)).toEqual([base, base * 2, base * 4, base * 8]);
    expect(waits.at(-1)).toBe(config.DISPATCH_POLL_MAX_MS);

    store.due = [delivery('s-9', new Date(NOW.getTime() + LEASE))];
    await dispatcher.runOnce(() => NOW, true);
    expect(dispatcher.pollMs).toBe(base);
  });

  it('should send every due delivery a sweep finds, then stop at the first empty claim', async () => {
    store.due = ['s-1', 's-2', 's-3'].map((id) => delivery(id, new Date(NOW.getTime() + LEASE)));

    await dispatcher.runOnce(() => NOW, true);

    expect(sent.map((n) => n.deliveryId).sort()).toEqual(['s-1', 's-2', 's-3']);
    expect(store.calls.filter((c) => c === 'claimDue').length).toBeLessThanOrEqual(
      3 + config.DISPATCH_CONCURRENCY,
    );
  });

  describe('a failed send', () => {
    beforeEach(() => jest.useFakeTimers({ now: NOW }));
    afterEach(() => jest.useRealTimers());

    it('should queue its retry by _id when it falls due, without waiting for a sweep', async () => {
      store.retries = [];
      failNext = true;
      const leased = delivery('d-5', new Date(NOW.getTime() + LEASE));
      dispatcher.enqueue('ag-1', [{ id: 'd-5', recipient, leased }]);
      await dispatcher.runOnce(() => NOW, false);
      expect(sent).toEqual([]);
      const [retry] = store.retries;
      expect(retry.id).toBe('d-5');

      const due = new Date(retry.next.getTime());
      store.claimAnswer = { ...delivery('d-5', new Date(due.getTime() + LEASE)), attempts: 1 };
      jest.advanceTimersByTime(due.getTime() - NOW.getTime() - 1);
      await dispatcher.runOnce(() => due, false);
      expect(store.calls).toEqual([]); // not yet due: nothing queued

      jest.advanceTimersByTime(1);
      await dispatcher.runOnce(() => due, false);
      expect(store.calls).toEqual(['claim d-5']);
      expect(sent.map((n) => n.deliveryId)).toEqual(['d-5']);
    });
  });
});
