import { applyDecorators, Catch, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { throwError, type Observable } from 'rxjs';
import type { EventContract } from '@jenjang/contracts';

// Topics a process consumes, with the contract each message is validated against.
const subscribed = new Map<string, EventContract>();

export function subscribedContract(topic: string): EventContract | undefined {
  return subscribed.get(topic);
}

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
 * are `@Payload() event: EventEnvelope<EventData<typeof contract>>` and `@Ctx() ctx: EventContext`
 * (without the decorators Nest passes the payload only). As with every
 * Nest transport handler, the class must be declared in a module's `controllers` (a `*.consumer.ts`
 * with `@Controller()`), not in its providers.
 */
export function OnEvent(contract: EventContract): MethodDecorator {
  subscribed.set(contract.topic, contract);
  return applyDecorators(EventPattern(contract.topic), UseFilters(new RethrowToTransportFilter()));
}
