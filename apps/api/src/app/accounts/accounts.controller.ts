import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserRequest, CreateUserResponse, ListUsersQuery, UserListResponse } from '@peer/contract';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { AccountsService } from './accounts.service';

@ApiTags('users')
@Controller('users')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Roles('admin')
  async list(@CurrentUser() actor: Principal, @Query() query: ListUsersQuery): Promise<UserListResponse> {
    return { users: await this.accounts.list(actor, query.role) };
  }

  @Post()
  @Roles('admin')
  create(@CurrentUser() actor: Principal, @Body() body: CreateUserRequest): Promise<CreateUserResponse> {
    return this.accounts.create(actor, body);
  }
}
