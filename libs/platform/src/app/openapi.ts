import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponsesObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@jenjang/auth';
import { IDEMPOTENT_KEY } from '../idempotency/idempotency.options';
import { SERVICE_INFO, type ServiceInfo } from '../platform.options';

export interface ApiInfo {
  /** OpenAPI title, e.g. `Jenjang evaluation service`. */
  readonly title: string;
  readonly description?: string;
}

type Json = Record<string, unknown>;
const PROBLEM = 'application/problem+json';

// The errors every route can answer, by when they apply; the problem's `code` names the rule
// (e.g. APPRAISAL_ALREADY_EXISTS) and `errors[].field` the field at fault.
const ERRORS: Record<string, { description: string; code: string; detail: string }> = {
  '400': {
    description: 'Invalid input: a field, a query parameter the route does not know, or JSON',
    code: 'VALIDATION_FAILED',
    detail: 'revision must be an integer number',
  },
  '401': {
    description: 'No bearer token, or one that is invalid or expired',
    code: 'UNAUTHENTICATED',
    detail: 'A bearer token is required.',
  },
  '403': {
    description: 'The token has none of the roles above, or the record is outside your reach',
    code: 'FORBIDDEN',
    detail: 'You do not have access to this agency.',
  },
  '404': {
    description: 'Not found in your agency (another agency’s records answer the same)',
    code: 'NOT_FOUND',
    detail: "The appraisal 'a1' was not found.",
  },
  '409': {
    description: 'Changed by someone else since read (send the current revision), or a state rule',
    code: 'REVISION_CONFLICT',
    detail: 'The data was changed by someone else: expected revision 2, current revision 3.',
  },
  '422': {
    description: 'Well-formed but refused by a domain rule (the code names the rule)',
    code: 'RULE_VIOLATED',
    detail: 'The predikat would exceed the curve of the unit.',
  },
  '429': {
    description: 'Too many requests from this address or person; retry after Retry-After',
    code: 'RATE_LIMITED',
    detail: 'Too many requests.',
  },
};

const problemSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; `title` and `detail` in Bahasa Indonesia and English',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'Stable machine-readable reason' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** The route handlers of the app, by `Controller_method` (the operation ids below). */
function handlers(app: INestApplication): Map<string, { controller: Type; method: string }> {
  const found = new Map<string, { controller: Type; method: string }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        found.set(`${controller.name}_${method}`, { controller, method });
      }
    }
  }
  return found;
}

function metadata<T>(key: string, controller: Type, method: string): T | undefined {
  const handler = (controller.prototype as Record<string, unknown>)[method] as object;
  return (
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (Reflect.getMetadata(key, controller) as T | undefined)
  );
}

/** An example built from the schema's own examples (DTO `example`s), following references. */
export function exampleOf(
  schema: SchemaObject | ReferenceObject,
  doc: OpenAPIObject,
  depth = 0,
): unknown {
  if (depth > 6) return undefined;
  if ('$ref' in schema) {
    const name = schema.$ref.split('/').pop()!;
    const target = doc.components?.schemas?.[name];
    return target ? exampleOf(target, doc, depth + 1) : undefined;
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((s) => exampleOf(s, doc, depth + 1) as Json));
  }
  if (schema.oneOf?.length) return exampleOf(schema.oneOf[0], doc, depth + 1);
  if (schema.type === 'array' && schema.items) {
    const item = exampleOf(schema.items, doc, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (schema.type === 'object' || schema.properties) {
    const out: Json = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      // a deprecated alias is not what a client should learn from the example
      if (!('$ref' in property) && property.deprecated) continue;
      const value = exampleOf(property, doc, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return undefined;
}

function withExample(content: Json | undefined, doc: OpenAPIObject): void {
  for (const media of Object.values(content ?? {}) as Json[]) {
    if (media.example !== undefined || media.examples !== undefined || !media.schema) continue;
    const example = exampleOf(media.schema, doc);
    if (example !== undefined) media.example = example;
  }
}

function describe(
  operation: OperationObject,
  path: string,
  method: string,
  roles: string[] | null,
  idempotent: boolean,
): void {
  const who =
    roles === null
      ? 'Public: no token needed.'
      : roles.length
        ? `Roles: ${roles.join(', ')} (and only for records within the caller's reach).`
        : 'Any signed-in person, for records within their reach.';
  const lines = [operation.description, `**${who}**`];
  if (idempotent) {
    lines.push(
      'Send an `Idempotency-Key` header to make a retry safe: the first answer is replayed.',
    );
  }
  operation.description = lines.filter(Boolean).join('\n\n');
  (operation as unknown as Json)['x-roles'] = roles ?? [];
  const responses: ResponsesObject = operation.responses ?? {};
  const errors = ['400', ...(roles === null ? [] : ['401', '403']), '429'];
  if (path.includes('{')) errors.push('404');
  if (method !== 'get') errors.push('409', '422');
  for (const status of errors.sort()) {
    if (responses[status]) continue;
    const { description, code, detail } = ERRORS[status];
    responses[status] = {
      description,
      content: {
        [PROBLEM]: {
          schema: { $ref: '#/components/schemas/Problem' },
          example: {
            type: 'about:blank',
            title: description,
            status: Number(status),
            code,
            detail,
          },
        },
      },
    };
  }
  operation.responses = responses;
}

/**
 * The service's OpenAPI document, as served at /docs and committed in docs/api: the routes from
 * the controllers and DTOs, plus what the code already says and a reader needs on every route:
 * the roles that may call it, the problem+json errors it can answer, and request and response
 * examples built from the DTOs' examples.
 */
export function openApiDocument(app: INestApplication, options: ApiInfo): OpenAPIObject {
  const info = app.get<ServiceInfo>(SERVICE_INFO);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(options.description ?? '')
      .setVersion(info.version)
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addSecurityRequirements('bearer')
      .build(),
    { operationIdFactory: (controller, method) => `${controller}_${method}` },
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: problemSchema },
  };
  const byId = handlers(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const handler = operation.operationId ? byId.get(operation.operationId) : undefined;
      const isPublic = handler
        ? metadata<boolean>(IS_PUBLIC_KEY, handler.controller, handler.method)
        : false;
      const roles = isPublic
        ? null
        : handler
          ? (metadata<string[]>(ROLES_KEY, handler.controller, handler.method) ?? [])
          : [];
      const idempotent = handler
        ? !!metadata(IDEMPOTENT_KEY, handler.controller, handler.method)
        : false;
      describe(operation, path, method, roles, idempotent);
      if (operation.requestBody && !('$ref' in operation.requestBody)) {
        withExample(operation.requestBody.content, document);
      }
      for (const response of Object.values(operation.responses ?? {})) {
        if (response && !('$ref' in response)) withExample(response.content, document);
      }
    }
  }
  return document;
}
