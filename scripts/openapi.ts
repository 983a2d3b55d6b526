// The API reference: each service's OpenAPI document (docs/api/<service>.openapi.json, the same
// document the service serves at /docs-json) and static HTML pages built from them (docs/api/).
// The documents come from the Nest app in preview mode: no Kafka, no MongoDB, nothing listens.
//   --write  regenerate;  --check  fail if a committed file drifted (scripts/openapi.spec.ts too).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VersioningType, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX } from '../libs/platform/src/app/service-app';
import { UNPREFIXED } from '../libs/platform/src/app/service-app';
import { openApiDocument, type ApiInfo } from '../libs/platform/src/app/openapi';

export const API_DIR = join(__dirname, '..', 'docs', 'api');
export const SERVICES = [
  'evaluation',
  'competency',
  'training',
  'career-planning',
  'notification',
] as const;
export type ServiceName = (typeof SERVICES)[number];

interface ServiceSource {
  info: ApiInfo;
  module: () => Promise<DynamicModule>;
}

// Each service's app module with its configuration from the defaults (the environment's
// JENJANG_* ports do not appear in the document).
async function sourceOf(service: ServiceName): Promise<ServiceSource> {
  const root = `../services/${service}/src`;
  const { API_INFO } = (await import(`${root}/about/api-info`)) as { API_INFO: ApiInfo };
  const configModule = (await import(`${root}/config/${service}.config`)) as Record<
    string,
    { load: () => unknown }
  >;
  const config = Object.values(configModule)
    .find((v) => typeof v?.load === 'function')!
    .load();
  const { AppModule } = (await import(`${root}/app.module`)) as {
    AppModule: { forRoot: (c: unknown) => DynamicModule };
  };
  return { info: API_INFO, module: () => Promise.resolve(AppModule.forRoot(config)) };
}

/** The service's OpenAPI document as committed: sorted keys are Nest's, two-space JSON. */
export async function renderOpenApi(service: ServiceName): Promise<string> {
  const source = await sourceOf(service);
  const app = await NestFactory.create(await source.module(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED });
  app.enableVersioning({ type: VersioningType.URI });
  try {
    return `${JSON.stringify(openApiDocument(app, source.info), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

const escape = (text: string | number | undefined): string =>
  String(text ?? '').replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
// **bold** and `code` of the descriptions, nothing more.
const inline = (text: string | undefined): string =>
  escape(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n\n/g, '</p><p>');
const json = (value: unknown): string => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem}h3{font-family:monospace;font-size:1rem}
.m{display:inline-block;min-width:4rem;font-weight:bold}.get{color:#0a6}.post{color:#06c}.put{color:#a60}.delete{color:#c00}
pre{background:#f6f6f6;padding:.6rem;overflow:auto;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
nav a{margin-right:1rem}`;

type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { example?: unknown }> }
  >;
  tags?: string[];
};

/** One static page per service: every route, who may call it, parameters, examples, errors. */
export function renderPage(service: ServiceName, doc: OpenAPIObject): string {
  const sections: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${escape(p.description)}</td></tr>`,
        )
        .join('');
      const body = Object.entries(op.requestBody?.content ?? {})
        .map(
          ([type, media]) =>
            `<p>Request <code>${escape(type)}</code></p>${media.example !== undefined ? json(media.example) : ''}`,
        )
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => {
          const example = Object.values(r.content ?? {}).find(
            (m) => m.example !== undefined,
          )?.example;
          return `<tr><td>${escape(status)}</td><td>${inline(r.description)}${example !== undefined ? json(example) : ''}</td></tr>`;
        })
        .join('');
      sections.push(
        `<h3><span class="m ${method}">${method.toUpperCase()}</span> ${escape(path)}</h3>` +
          `<p>${inline(op.summary)}</p><p>${inline(op.description)}</p>` +
          (params
            ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th></th></tr>${params}</table>`
            : '') +
          body +
          `<table><tr><th>status</th><th>answer</th></tr>${responses}</table>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info.title)}</title><style>${STYLE}</style></head>
<body><nav><a href="index.html">All services</a><a href="${service}.openapi.json">OpenAPI document</a></nav>
<h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1><p>${inline(doc.info.description)}</p>
<p>Every route takes a bearer token (see <a href="../integration.md">docs/integration.md</a>) unless it says Public; errors are <code>application/problem+json</code>.</p>
${sections.join('\n')}
</body></html>
`;
}

export function renderIndex(docs: Map<ServiceName, OpenAPIObject>): string {
  const rows = [...docs]
    .map(
      ([service, doc]) =>
        `<li><a href="${service}.html">${escape(doc.info.title)}</a> — ${escape(doc.info.description)} (<a href="${service}.openapi.json">OpenAPI</a>)</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jenjang API reference</title><style>${STYLE}</style></head>
<body><h1>Jenjang API reference</h1>
<p>Five services, one per domain; each answers under <code>/api/v1</code> on its own port and serves the same document live at <code>/docs</code>. A walk through the whole loop with curl: <a href="../integration.md">docs/integration.md</a>.</p>
<ul>
${rows}
</ul></body></html>
`;
}

/** Every file of docs/api as it should be: name → text. */
export async function renderAll(
  committed: (service: ServiceName) => string | undefined = () => undefined,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const docs = new Map<ServiceName, OpenAPIObject>();
  for (const service of SERVICES) {
    const text = committed(service) ?? (await renderOpenApi(service));
    files.set(`${service}.openapi.json`, text);
    docs.set(service, JSON.parse(text) as OpenAPIObject);
    files.set(`${service}.html`, renderPage(service, docs.get(service)!));
  }
  files.set('index.html', renderIndex(docs));
  return files;
}

async function main(): Promise<void> {
  const [mode, ...only] = process.argv.slice(2);
  // `--write evaluation`: regenerate that service's document, the pages from all documents.
  const files = await renderAll((service) =>
    only.length && !only.includes(service)
      ? readFileSync(join(API_DIR, `${service}.openapi.json`), 'utf8')
      : undefined,
  );
  if (mode === '--write') {
    for (const [name, text] of files) writeFileSync(join(API_DIR, name), text);
    console.log(`wrote ${[...files.keys()].map((f) => `docs/api/${f}`).join(', ')}`);
  } else if (mode === '--check') {
    const stale = [...files].filter(([name, text]) => {
      try {
        return readFileSync(join(API_DIR, name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(
        `out of date: ${stale.map(([n]) => `docs/api/${n}`).join(', ')}; run node -r @swc-node/register scripts/openapi.ts --write`,
      );
      process.exit(1);
    }
    console.log('docs/api is up to date');
  } else {
    console.error('usage: openapi.ts --write [service…] | --check');
    process.exit(2);
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
