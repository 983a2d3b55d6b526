import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection } from 'mongoose';
import { duplicateInsertIndexes, isDuplicateKey, MONGO_CONNECTION } from '@jenjang/persistence';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';

interface InboxRecord {
  _id: string;
  group: string;
  eventId: string;
  topic: string;
  processedAt: Date;
}

/**
 * Which events a consumer group has already applied. The id is `<group>:<event id>` (unique by
 * construction); a TTL index forgets records once no topic could redeliver them.
 */
@Injectable()
export class InboxStore implements OnModuleInit {
  private readonly collection: Collection<InboxRecord>;

  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.collection = connection.collection<InboxRecord>('inbox');
  }

  async onModuleInit(): Promise<void> {
    await this.collection.createIndex(
      { processedAt: 1 },
      { expireAfterSeconds: this.options.inboxTtlSeconds ?? 100 * 24 * 3600 },
    );
  }

  async seen(group: string, eventId: string): Promise<boolean> {
    return (await this.collection.countDocuments({ _id: `${group}:${eventId}` }, { limit: 1 })) > 0;
  }

  /** Of these event ids, those the group has already applied: one query for a whole batch. */
  async seenMany(group: string, eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const prefix = `${group}:`;
    const found = await this.collection
      .find({ _id: { $in: eventIds.map((id) => prefix + id) } }, { projection: { _id: 1 } })
      .toArray();
    return new Set(found.map((r) => r._id.slice(prefix.length)));
  }

  /** Records a batch of applied events in one write; ones already recorded are left as they are. */
  async recordMany(group: string, events: { eventId: string; topic: string }[]): Promise<void> {
    if (events.length === 0) return;
    const processedAt = new Date();
    try {
      await this.collection.insertMany(
        events.map(({ eventId, topic }) => ({
          _id: `${group}:${eventId}`,
          group,
          eventId,
          topic,
          processedAt,
        })),
        { ordered: false },
      );
    } catch (error) {
      if (!duplicateInsertIndexes(error)) throw error;
    }
  }

  async record(group: string, eventId: string, topic: string): Promise<void> {
    try {
      await this.collection.insertOne({
        _id: `${group}:${eventId}`,
        group,
        eventId,
        topic,
        processedAt: new Date(),
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
