import type { ServerResponse } from 'node:http';
import { Controller, Get, Param, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@jenjang/auth';
import { allContracts, contractForTopic, renderAsyncApi } from '@jenjang/contracts';
import { NotFoundError } from '@jenjang/persistence';

/**
 * The public event stream's AsyncAPI document and the published JSON Schemas, served by every
 * service so analytics teams find the contract next to the API docs (see docs/analytics.md).
 */
@Public()
@ApiTags('events')
@Controller({ path: 'asyncapi', version: VERSION_NEUTRAL })
export class AsyncApiController {
  private document?: string;

  @Get()
  @ApiProduces('application/yaml')
  @ApiOkResponse({ description: 'AsyncAPI 3.0 document of every public topic, with examples' })
  serve(@Res() res: ServerResponse): void {
    this.document ??= renderAsyncApi();
    res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    res.end(this.document);
  }

  @Get('schemas')
  @ApiOkResponse({ description: 'The public topics and the path of each published schema' })
  list(): { topic: string; type: string; schema: string }[] {
    return allContracts().map((c) => ({
      topic: c.topic,
      type: c.type,
      schema: `/asyncapi/schemas/${c.topic}`,
    }));
  }

  @Get('schemas/:topic')
  @ApiOkResponse({ description: 'The published JSON Schema (draft 2020-12) of one topic' })
  schema(@Param('topic') topic: string): unknown {
    const contract = contractForTopic(topic);
    if (!contract) throw new NotFoundError({ en: 'topic', id: 'topik' }, topic);
    return { ...contract.schema, $id: contract.schemaId };
  }
}
