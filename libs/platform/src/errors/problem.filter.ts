import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { authChallenge, authProblem, isAuthError } from '@jenjang/auth';
import { type Observable, throwError } from 'rxjs';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';
import { statusDetail, statusTitle } from './bilingual';
import { DomainError } from '@jenjang/domain-kernel';
import {
  PROBLEM_CONTENT_TYPE,
  problemType,
  type ProblemDetails,
  type ProblemMapping,
} from './problem';
import { RequestValidationError } from './request-validation';
import { fromBodyParserError } from '../body/json-body.middleware';

// pino-http sets `id` (the request id) before any handler runs.
type Request = IncomingMessage & { originalUrl?: string; id?: string | number };

const DEFAULT_DOMAIN_STATUS = 422;

function pathOf(req: Request): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
}

function httpExceptionDetail(exception: HttpException): string | undefined {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return undefined;
}

/** The one place where errors become HTTP answers: RFC 9457 problem+json, in two languages. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @InjectPinoLogger(ProblemFilter.name) private readonly logger: PinoLogger,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    // Kafka handlers: rethrow so the messaging retry/dead-letter policy decides.
    if (host.getType() !== 'http') return throwError(() => exception);

    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<ServerResponse>();
    const { problem, headers } = this.toProblem(exception);
    const body: ProblemDetails = {
      ...problem,
      instance: problem.instance ?? pathOf(req),
      ...(req.id === undefined ? {} : { request_id: String(req.id) }),
    };

    if (res.headersSent) return;
    res.statusCode = body.status;
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    res.end(JSON.stringify(body));
  }

  private toProblem(raised: unknown): ProblemMapping {
    // body-parser's refusals are not HttpExceptions; without this they answered 500.
    const exception = fromBodyParserError(raised) ?? raised;
    for (const mapper of this.options.problemMappers ?? []) {
      const mapped = mapper(exception);
      if (mapped) return mapped;
    }
    if (isAuthError(exception)) {
      const challenge = authChallenge(exception);
      return {
        problem: { ...authProblem(exception) },
        headers: challenge ? { 'WWW-Authenticate': challenge } : undefined,
      };
    }
    if (exception instanceof RequestValidationError) return { problem: this.validation(exception) };
    if (exception instanceof DomainError) return { problem: this.domain(exception) };
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return { problem: this.http(exception) };
    }
    return { problem: this.unexpected(exception) };
  }

  private validation(exception: RequestValidationError): ProblemDetails {
    const count = exception.fieldErrors.length;
    return {
      type: problemType('VALIDATION'),
      status: 400,
      title: 'Validation failed',
      title_id: 'Validasi gagal',
      detail: `The request has ${count} invalid field${count === 1 ? '' : 's'}.`,
      detail_id: `Permintaan memiliki ${count} kolom yang tidak valid.`,
      code: 'VALIDATION',
      errors: exception.fieldErrors,
    };
  }

  private domain(error: DomainError): ProblemDetails {
    const status =
      this.options.domainErrorStatus?.[error.code] ?? error.status ?? DEFAULT_DOMAIN_STATUS;
    const title = error.title ?? statusTitle(status);
    return {
      type: problemType(error.code),
      status,
      title: title.en,
      title_id: title.id,
      detail: error.detail.en,
      detail_id: error.detail.id,
      code: error.code,
      ...(error.fieldErrors?.length
        ? {
            errors: error.fieldErrors.map((f) => ({
              field: f.field,
              message: f.message.en,
              message_id: f.message.id,
            })),
          }
        : error.field
          ? {
              errors: [
                { field: error.field, message: error.detail.en, message_id: error.detail.id },
              ],
            }
          : {}),
    };
  }

  private http(exception: HttpException): ProblemDetails {
    const status = exception.getStatus();
    const title = statusTitle(status);
    const fallback = statusDetail(status);
    return {
      type: problemType(`HTTP_${status}`),
      status,
      title: title.en,
      title_id: title.id,
      detail: httpExceptionDetail(exception) ?? fallback.en,
      detail_id: fallback.id,
    };
  }

  private unexpected(exception: unknown): ProblemDetails {
    // 5xx HttpExceptions land here too: their text may describe internals.
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    this.logger.error({ err: exception }, 'unhandled error');
    const title = statusTitle(status);
    const detail = statusDetail(status);
    return {
      type: problemType(status === 500 ? 'INTERNAL' : `HTTP_${status}`),
      status,
      title: title.en,
      title_id: title.id,
      detail: detail.en,
      detail_id: detail.id,
    };
  }
}
