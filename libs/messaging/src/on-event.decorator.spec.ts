import { defineEvent, Type } from '@jenjang/contracts';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type { EventContext } from './event-context';
import { OnEvent, subscribedContract, type EventOf } from './on-event.decorator';

const placed = defineEvent({
  topic: 'public.career.placed-probe.v1',
  producer: 'career-planning',
  summary: 'probe',
  subject: 'employeeId',
  agency: 'agencyId',
  schema: Type.Object({
    employeeId: Type.String(),
    agencyId: Type.String(),
    unitId: Type.String(),
  }),
  example: { employeeId: 'E1', agencyId: 'AG1', unitId: 'U1' },
});
const _completed = defineEvent({
  topic: 'public.training.completed-probe.v1',
  producer: 'training',
  summary: 'probe',
  subject: 'employeeId',
  agency: 'agencyId',
  schema: Type.Object({ employeeId: Type.String(), agencyId: Type.String(), jp: Type.Integer() }),
  example: { employeeId: 'E1', agencyId: 'AG1', jp: 2 },
});

class ProbeConsumer {
  @OnEvent(placed)
  async onPlaced(event: EventOf<typeof placed>, _ctx: EventContext): Promise<void> {
    await Promise.resolve(event.data.unitId);
  }

  // The type check is the test: a handler typed for another contract's payload is refused.
  // @ts-expect-error -- EventOf<typeof _completed> is not the payload of `placed`
  @OnEvent(placed)
  async onWrongPayload(event: EventOf<typeof _completed>): Promise<void> {
    await Promise.resolve(event.data.jp);
  }
}

describe(OnEvent.name, () => {
  it('should route the contract topic to the method and remember the contract', () => {
    const pattern: unknown = Reflect.getMetadata(
      PATTERN_METADATA,
      ProbeConsumer.prototype.onPlaced,
    );
    expect(pattern).toEqual([placed.topic]);
    expect(subscribedContract(placed.topic)).toBe(placed);
  });
});
