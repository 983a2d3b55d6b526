import { AssignerProtocol, type Admin, type Kafka } from 'kafkajs';
import { countKafkaRequests } from './kafka-client';

/** Only the public topics count: a retry topic's records wait for their due time on purpose. */
const counts = (topic: string): boolean => topic.startsWith('public.');

/**
 * How many events consumer groups have not yet committed, on the partitions their members hold
 * now (a group with no member counts nothing: a service that is down does not stop the others).
 * Read through the admin API: the groups' assignments, their committed offsets and the topics'
 * high watermarks. The lag that counts is the furthest-behind group's: each group consumes every
 * event, so the slowest decides how long a new event waits.
 */
export class ConsumerLagProbe {
  private admin?: Promise<Admin>;

  constructor(private readonly kafka: Kafka) {}

  /**
   * The lag of the furthest-behind of `groups` on the public topics among `topics` (all the
   * public topics they hold if none).
   */
  async lagOf(groups: readonly string[], topics?: ReadonlySet<string>): Promise<number> {
    if (groups.length === 0 || topics?.size === 0) return 0;
    const admin = await this.connected();
    const { groups: described } = await admin.describeGroups([...groups]);
    // group → topic → partitions held by its members now
    const held = new Map<string, Map<string, Set<number>>>();
    for (const group of described) {
      const byTopic = new Map<string, Set<number>>();
      for (const member of group.members) {
        if (!member.memberAssignment?.length) continue;
        const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        for (const [topic, partitions] of Object.entries(decoded?.assignment ?? {})) {
          if (!counts(topic) || (topics && !topics.has(topic))) continue;
          const set = byTopic.get(topic) ?? new Set<number>();
          partitions.forEach((p) => set.add(p));
          byTopic.set(topic, set);
        }
      }
      if (byTopic.size > 0) held.set(group.groupId, byTopic);
    }
    const heldTopics = [...new Set([...held.values()].flatMap((t) => [...t.keys()]))];
    const ends = new Map(
      await Promise.all(
        heldTopics.map(async (topic) => {
          const offsets = await admin.fetchTopicOffsets(topic);
          const byPartition = new Map(
            offsets.map((o) => [o.partition, { low: Number(o.low), high: Number(o.high) }]),
          );
          return [topic, byPartition] as const;
        }),
      ),
    );
    const lags = await Promise.all(
      [...held].map(async ([groupId, byTopic]) => {
        const committed = await admin.fetchOffsets({ groupId, topics: [...byTopic.keys()] });
        let lag = 0;
        for (const { topic, partitions } of committed) {
          for (const { partition, offset } of partitions) {
            const end = ends.get(topic)?.get(partition);
            if (!byTopic.get(topic)?.has(partition) || !end) continue;
            // No commit yet (-1): the services' groups start from the beginning.
            const at = Number(offset) < 0 ? end.low : Number(offset);
            lag += Math.max(0, end.high - at);
          }
        }
        return lag;
      }),
    );
    return Math.max(0, ...lags);
  }

  async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    if (admin) await (await admin.catch(() => undefined))?.disconnect();
  }

  private connected(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      countKafkaRequests(admin, admin.events.REQUEST, 'admin');
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }
}
