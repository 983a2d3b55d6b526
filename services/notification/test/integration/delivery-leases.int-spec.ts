import type { Connection } from 'mongoose';
import { agencyScope, connectMongo } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { DeliveryRepository, type NewDelivery } from '../../src/delivery/delivery.repository';
import { DELIVERY_COLLECTION } from '../../src/delivery/delivery.schema';
import { pendingDelivery } from '../support/deliveries';

// A backlog of new deliveries waits in the dispatcher's memory, leased to this process; their
// leases are renewed in one command per batch, on the real store. One whose lease another
// replica took over meanwhile is not renewed and not handed back.
describe('DeliveryRepository.renewLeases', () => {
  let connection: Connection;
  let deliveries: DeliveryRepository;
  const agency = `ag-${randomLetters(6)}`;
  const NOW = new Date('2026-12-04T03:00:00Z');
  const LEASE = 60_000;
  const held = new Date(NOW.getTime() + 10_000);

  const delivery = (id: string): NewDelivery => {
    const { id: _id, ...rest } = pendingDelivery(id, NOW, {
      agencyId: agency,
      causeEventId: `cause-${id}`,
      leaseUntil: held,
    });
    return { _id, ...rest };
  };

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-leases-${randomLetters()}`),
      appName: 'test',
    });
    deliveries = new DeliveryRepository(connection);
    // The model creates its collection and indexes in the background: wait for that, or its
    // `create` command can start while a test counts the commands it sends.
    await connection.model('Delivery').init();
  });

  afterAll(async () => {
    await connection?.close();
  });

  const stored = async (ids: string[]) =>
    (
      await connection
        .collection<{ _id: string; leaseUntil: Date | null }>(DELIVERY_COLLECTION)
        .find({ _id: { $in: ids } })
        .sort({ _id: 1 })
        .toArray()
    ).map((d) => [d._id, d.leaseUntil?.toISOString() ?? null]);

  it('should renew every lease this process still holds in one command', async () => {
    const docs = ['a-1', 'a-2', 'a-3'].map(delivery);
    await deliveries.createMany(agencyScope(agency), docs);
    const updates: string[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      if (e.command[e.commandName] === DELIVERY_COLLECTION && e.commandName !== 'createIndexes') {
        updates.push(e.commandName);
      }
    };
    connection.getClient().on('commandStarted', listener);

    const renewed = await deliveries.renewLeases(
      docs.map((d) => deliveries.plainOf(d)),
      NOW,
      LEASE,
    );
    connection.getClient().off('commandStarted', listener);

    const until = new Date(NOW.getTime() + LEASE).toISOString();
    expect(renewed.map((d) => [d.id, d.leaseUntil?.toISOString()])).toEqual([
      ['a-1', until],
      ['a-2', until],
      ['a-3', until],
    ]);
    expect(await stored(['a-1', 'a-2', 'a-3'])).toEqual([
      ['a-1', until],
      ['a-2', until],
      ['a-3', until],
    ]);
    expect(updates).toEqual(['update']);
  });

  it('should leave out a delivery another replica took over, and a finished one', async () => {
    const docs = ['b-1', 'b-2', 'b-3'].map(delivery);
    await deliveries.createMany(agencyScope(agency), docs);
    const other = new Date(NOW.getTime() + 90_000);
    const raw = connection.collection<{ _id: string }>(DELIVERY_COLLECTION);
    await raw.updateOne({ _id: 'b-2' }, { $set: { leaseUntil: other } });
    await raw.updateOne({ _id: 'b-3' }, { $set: { state: 'DELIVERED' } });

    const renewed = await deliveries.renewLeases(
      docs.map((d) => deliveries.plainOf(d)),
      NOW,
      LEASE,
    );

    const until = new Date(NOW.getTime() + LEASE).toISOString();
    expect(renewed.map((d) => d.id)).toEqual(['b-1']);
    expect(await stored(['b-1', 'b-2', 'b-3'])).toEqual([
      ['b-1', until],
      ['b-2', other.toISOString()],
      ['b-3', held.toISOString()],
    ]);
  });
});
