import { applyDecorators, Catch, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { throwError, type Observable } from 'rxjs';
import type { EventContract, EventData, EventEnvelope } from '@jenjang/contracts';
import type { EventContext } from './event-context';

// Topics a process consumes, with the contract each message is validated against.
const subscribed = new Map<string, EventContract>();

export function subscribedContract(topic: string): EventContract | undefined {
  return subscribed.get(topic);
}

/** The event an `@OnEvent(contract)` handler receives: the envelope of the contract's payload. */
export type EventOf<C extends EventContract> = EventEnvelope<EventData<C>>;

/** The shape an `@OnEvent(contract)` handler must have; anything else does not compile. */
export type EventHandlerOf<C extends EventContract> = (
  event: EventOf<C>,
  ctx: EventContext,
) => Promise<void>;

// Nest's default RPC filter turns every unknown error into a generic object, which would hide
// NonRetryableError from the retry/DLQ policy; this one hands the original error back.
@Catch()
class RethrowToTransportFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Marks a method as the handler of a public event: `@OnEvent(appraisalFinalizedV1)`. Its parameters
 * are `@Payload() event: EventOf<typeof contract>` and `@Ctx() ctx: EventContext` (without the
 * decorators Nest passes the payload only); a handler typed for another payload does not compile.
 * Before it runs, the payload has been validated against the contract and its `ce_subject` and
 * `ce_agency` checked against the fields the contract declares (a mismatch is dead-lettered), so
 * the handler needs no check of its own. As with every Nest transport handler, the class must be
 * declared in a module's `controllers` (a `*.consumer.ts` with `@Controller()`).
 */
export function OnEvent<C extends EventContract>(contract: C) {
  subscribed.set(contract.topic, contract);
  const decorate = applyDecorators(
    EventPattern(contract.topic),
    UseFilters(new RethrowToTransportFilter()),
  );
  return <H extends EventHandlerOf<C>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
