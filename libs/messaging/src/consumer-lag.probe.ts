import { AssignerProtocol, type Admin, type Kafka } from 'kafkajs';
import { countKafkaRequests } from './kafka-client';

/** Only the public topics count: a retry topic's records wait for their due time on purpose. */
const counts = (topic: string): boolean => topic.startsWith('public.');

/** group → topic → partitions its members hold now. */
type Held = Map<string, Map<string, Set<number>>>;

/** How often the probe reads what, in milliseconds (see ConsumerLagProbe). */
export interface LagProbeTimings {
  /** The groups' assignments are read again after this (a rebalance shows within it). */
  assignmentsMs: number;
  /** Every group's offsets are read again after this; in between, the furthest behind only. */
  allGroupsMs: number;
}

const DEFAULT_TIMINGS: LagProbeTimings = { assignmentsMs: 5_000, allGroupsMs: 2_000 };

/**
 * How many events consumer groups have not yet committed, on the partitions their members hold
 * now (a group with no member counts nothing: a service that is down does not stop the others).
 * Read through the admin API: the groups' assignments, their committed offsets and the topics'
 * high watermarks. The lag that counts is the furthest-behind group's: each group consumes each
 * event, so the slowest decides how long a new event waits.
 *
 * A relay's pace reads it four times a second while a bulk waits, and every admin call is a
 * coordinator lookup, a metadata request and the request itself: reading everything each time
 * was 19 requests for evaluation's four groups and two topics (0.96 Kafka requests per appraisal
 * in the bench, each a socket write on both sides). So the assignments are read again only after `assignmentsMs`, and between two reads
 * of every group (`allGroupsMs`) only the group that was furthest behind at the last one is read.
 */
export class ConsumerLagProbe {
  private admin?: Promise<Admin>;
  private assignments?: { key: string; at: number; held: Held };
  private slowest?: { key: string; at: number; groupId: string };

  constructor(
    private readonly kafka: Kafka,
    private readonly timings: LagProbeTimings = DEFAULT_TIMINGS,
  ) {}

  /**
   * The lag of the furthest-behind of `groups` on the public topics among `topics` (all the
   * public topics they hold if none).
   */
  async lagOf(groups: readonly string[], topics?: ReadonlySet<string>): Promise<number> {
    if (groups.length === 0 || topics?.size === 0) return 0;
    const admin = await this.connected();
    const key = `${groups.join(',')}|${topics ? [...topics].sort().join(',') : '*'}`;
    const held = await this.heldBy(admin, key, groups, topics);
    const now = Date.now();
    const slowest = this.slowest;
    const oneGroup =
      slowest?.key === key && now - slowest.at < this.timings.allGroupsMs
        ? held.get(slowest.groupId)
        : undefined;
    const read: Held = oneGroup ? new Map([[slowest!.groupId, oneGroup]]) : held;
    const lags = await lagsOf(admin, read);
    if (!oneGroup) {
      const [groupId] = [...lags].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1]);
      this.slowest = groupId ? { key, at: now, groupId } : undefined;
    }
    return Math.max(0, ...lags.values());
  }

  private async heldBy(
    admin: Admin,
    key: string,
    groups: readonly string[],
    topics?: ReadonlySet<string>,
  ): Promise<Held> {
    const known = this.assignments;
    if (known?.key === key && Date.now() - known.at < this.timings.assignmentsMs) return known.held;
    const at = Date.now();
    const { groups: described } = await admin.describeGroups([...groups]);
    const held: Held = new Map();
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
    this.assignments = { key, at, held };
    return held;
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

/**
 * Each group's lag on the partitions it holds: committed offsets against the high watermarks,
 * both read at once (kafkajs' admin client asks for the metadata again at every call: calls
 * under way together share one such request).
 */
async function lagsOf(admin: Admin, held: Held): Promise<Map<string, number>> {
  const topics = [...new Set([...held.values()].flatMap((t) => [...t.keys()]))];
  const [ends, committed] = await Promise.all([
    Promise.all(
      topics.map(async (topic) => {
        const offsets = await admin.fetchTopicOffsets(topic);
        const byPartition = new Map(
          offsets.map((o) => [o.partition, { low: Number(o.low), high: Number(o.high) }]),
        );
        return [topic, byPartition] as const;
      }),
    ).then((entries) => new Map(entries)),
    Promise.all(
      [...held].map(async ([groupId, byTopic]) => {
        const offsets = await admin.fetchOffsets({ groupId, topics: [...byTopic.keys()] });
        return [groupId, byTopic, offsets] as const;
      }),
    ),
  ]);
  const lags = new Map<string, number>();
  for (const [groupId, byTopic, offsets] of committed) {
    let lag = 0;
    for (const { topic, partitions } of offsets) {
      for (const { partition, offset } of partitions) {
        const end = ends.get(topic)?.get(partition);
        if (!byTopic.get(topic)?.has(partition) || !end) continue;
        // No commit yet (-1): the services' groups start from the beginning.
        const at = Number(offset) < 0 ? end.low : Number(offset);
        lag += Math.max(0, end.high - at);
      }
    }
    lags.set(groupId, lag);
  }
  return lags;
}
