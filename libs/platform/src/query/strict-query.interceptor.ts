import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Observable } from 'rxjs';
import type { ProblemFieldError } from '../errors/problem';
import { RequestValidationError } from '../errors/request-validation';

/** The query parameters a handler declares. */
interface QueryShape {
  /** `@Query('name')` parameters. */
  readonly names: ReadonlySet<string>;
  /** A `@Query() q: SomeDto`: the global ValidationPipe (whitelist, forbidNonWhitelisted) refuses
   * what the DTO does not declare, naming it. */
  readonly dto: boolean;
}

interface RouteArgument {
  readonly index: number;
  readonly data?: unknown;
}

type Handler = (...args: unknown[]) => unknown;

function shapeOf(controller: object, handler: Handler): QueryShape {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller.constructor, handler.name) ??
    {}) as Record<string, RouteArgument>;
  const types = (Reflect.getMetadata('design:paramtypes', controller, handler.name) ??
    []) as unknown[];
  const names = new Set<string>();
  let dto = false;
  for (const [key, argument] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.QUERY)) continue;
    if (typeof argument.data === 'string') names.add(argument.data);
    else {
      const type = types[argument.index];
      // An untyped `@Query() q` is not validated by anyone: it declares nothing.
      dto ||= typeof type === 'function' && type !== Object;
    }
  }
  return { names, dto };
}

function unknownParameter(name: string): ProblemFieldError {
  return {
    field: name,
    message: `The query parameter ${name} is not known to this route and must not be sent.`,
    message_id: `Parameter kueri ${name} tidak dikenal oleh rute ini dan tidak boleh dikirim.`,
  };
}

function repeatedParameter(name: string): ProblemFieldError {
  return {
    field: name,
    message: `The query parameter ${name} must be sent once, as text.`,
    message_id: `Parameter kueri ${name} harus dikirim sekali, berupa teks.`,
  };
}

/** What is wrong with a query for a handler of this shape; empty when nothing is. */
export function queryErrors(
  query: Readonly<Record<string, unknown>>,
  shape: QueryShape,
): ProblemFieldError[] {
  return Object.entries(query).flatMap(([name, value]) => {
    if (shape.names.has(name)) return typeof value === 'string' ? [] : [repeatedParameter(name)];
    return shape.dto ? [] : [unknownParameter(name)];
  });
}

/**
 * Unknown query parameters are refused with 400 naming them, on every route: a parameter a
 * handler does not read was silently ignored before, so `?employeeId[$ne]=x` or a misspelt
 * filter meant "no filter". Runs after the guards (an anonymous caller still gets 401) and
 * before the pipes; routes with a query DTO are left to the ValidationPipe.
 */
@Injectable()
export class StrictQueryInterceptor implements NestInterceptor {
  private readonly shapes = new WeakMap<Handler, QueryShape>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const handler = context.getHandler() as Handler;
    let shape = this.shapes.get(handler);
    if (!shape) {
      shape = shapeOf(context.getClass<object>().prototype as object, handler);
      this.shapes.set(handler, shape);
    }
    const { query } = context.switchToHttp().getRequest<{ query?: Record<string, unknown> }>();
    const errors = queryErrors(query ?? {}, shape);
    if (errors.length > 0) throw new RequestValidationError(errors);
    return next.handle();
  }
}
