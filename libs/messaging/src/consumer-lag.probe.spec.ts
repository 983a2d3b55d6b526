import { AssignerProtocol, type Kafka } from 'kafkajs';
import { ConsumerLagProbe } from './consumer-lag.probe';

const TOPIC = 'public.evaluation.appraisal-finalized.v1';

/**
 * An admin client over a broker held in a few maps: the topic's high watermark, each group's
 * committed offset and members, and a count of the calls, which are what the probe saves.
 */
class FakeBroker {
  high = 1_000;
  committed = new Map<string, number>();
  members = new Map<string, number[]>();
  calls = { describeGroups: 0, fetchOffsets: new Map<string, number>(), fetchTopicOffsets: 0 };

  kafka(): Kafka {
    const admin = {
      events: { REQUEST: 'admin.network.request' },
      on: () => undefined,
      connect: async () => undefined,
      disconnect: async () => undefined,
      describeGroups: async (groupIds: string[]) => {
        this.calls.describeGroups++;
        return {
          groups: groupIds.map((groupId) => ({
            groupId,
            members: this.members.has(groupId)
              ? [
                  {
                    memberAssignment: AssignerProtocol.MemberAssignment.encode({
                      version: 0,
                      assignment: { [TOPIC]: this.members.get(groupId)! },
                      userData: Buffer.alloc(0),
                    }),
                  },
                ]
              : [],
          })),
        };
      },
      fetchTopicOffsets: async () => {
        this.calls.fetchTopicOffsets++;
        return [{ partition: 0, offset: `${this.high}`, high: `${this.high}`, low: '0' }];
      },
      fetchOffsets: async ({ groupId }: { groupId: string }) => {
        this.calls.fetchOffsets.set(groupId, (this.calls.fetchOffsets.get(groupId) ?? 0) + 1);
        const offset = this.committed.get(groupId) ?? -1;
        return [{ topic: TOPIC, partitions: [{ partition: 0, offset: `${offset}` }] }];
      },
    };
    return { admin: () => admin } as unknown as Kafka;
  }
}

describe('ConsumerLagProbe', () => {
  let now: number;
  let broker: FakeBroker;
  let probe: ConsumerLagProbe;

  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    broker = new FakeBroker();
    broker.members.set('training', [0]);
    broker.members.set('notification', [0]);
    broker.committed.set('training', 990);
    broker.committed.set('notification', 900);
    probe = new ConsumerLagProbe(broker.kafka(), { assignmentsMs: 5_000, allGroupsMs: 2_000 });
  });

  afterEach(() => jest.restoreAllMocks());

  const lag = () => probe.lagOf(['training', 'notification'], new Set([TOPIC]));

  it("should give the furthest-behind group's lag", async () => {
    await expect(lag()).resolves.toBe(100);
  });

  it('should read only the group furthest behind between two reads of every group', async () => {
    await lag();
    broker.committed.set('notification', 950);
    now += 250;
    await expect(lag()).resolves.toBe(50);
    now += 250;
    await lag();
    expect(broker.calls.fetchOffsets.get('training')).toBe(1);
    expect(broker.calls.fetchOffsets.get('notification')).toBe(3);
  });

  it('should read every group again after allGroupsMs, and find a new slowest there', async () => {
    await lag();
    // Training falls behind; between two full reads the probe does not see it ...
    broker.committed.set('training', 800);
    now += 1_000;
    await expect(lag()).resolves.toBe(100);
    // ... and at the next full read it does, and follows training from then on.
    now += 1_000;
    await expect(lag()).resolves.toBe(200);
    broker.committed.set('training', 700);
    now += 250;
    await expect(lag()).resolves.toBe(300);
    expect(broker.calls.fetchOffsets.get('training')).toBe(3);
    expect(broker.calls.fetchOffsets.get('notification')).toBe(3);
  });

  it('should read the assignments again only after assignmentsMs', async () => {
    await lag();
    broker.members.delete('notification');
    now += 2_000;
    // Still taken as held: the assignments were read 2 s ago.
    await expect(lag()).resolves.toBe(100);
    expect(broker.calls.describeGroups).toBe(1);
    now += 3_000;
    // A group with no member counts nothing: the relay is not held by a service that is down.
    await expect(lag()).resolves.toBe(10);
    expect(broker.calls.describeGroups).toBe(2);
  });

  it('should count from the start of the topic for a group that never committed', async () => {
    broker.committed.delete('training');
    await expect(lag()).resolves.toBe(1_000);
  });
});
