import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { InboxItemParamsDto, InboxQueryDto } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@Controller({ path: 'me/inbox', version: '1' })
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: 'Your notices, newest first, with the unread count' })
  list(@CurrentScope() scope: RequestScope, @Query() query: InboxQueryDto) {
    return this.inbox.list(scope, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notices are unread (for the badge)' })
  unread(@CurrentScope() scope: RequestScope) {
    return this.inbox.unreadCount(scope);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notices as read' })
  readAll(@CurrentScope() scope: RequestScope) {
    return this.inbox.markAllRead(scope);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notices as read (404 for anyone else’s)' })
  read(@CurrentScope() scope: RequestScope, @Param() params: InboxItemParamsDto) {
    return this.inbox.mark(scope, params.id, 'read');
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive one of your notices' })
  archive(@CurrentScope() scope: RequestScope, @Param() params: InboxItemParamsDto) {
    return this.inbox.mark(scope, params.id, 'archive');
  }
}
