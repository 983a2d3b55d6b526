import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jenjang/auth';
import { InboxItemParamsDto, InboxQueryDto } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@Controller({ path: 'me/inbox', version: '1' })
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: 'Your notices, newest first, with the unread count' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: InboxQueryDto) {
    return this.inbox.list(principal, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notices are unread (for the badge)' })
  unread(@CurrentPrincipal() principal: Principal) {
    return this.inbox.unreadCount(principal);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notices as read' })
  readAll(@CurrentPrincipal() principal: Principal) {
    return this.inbox.markAllRead(principal);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notices as read (404 for anyone else’s)' })
  read(@CurrentPrincipal() principal: Principal, @Param() params: InboxItemParamsDto) {
    return this.inbox.mark(principal, params.id, 'read');
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive one of your notices' })
  archive(@CurrentPrincipal() principal: Principal, @Param() params: InboxItemParamsDto) {
    return this.inbox.mark(principal, params.id, 'archive');
  }
}
