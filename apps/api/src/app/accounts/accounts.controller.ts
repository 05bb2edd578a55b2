import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserResponse, ResetPasswordResponse, UserDto, UserListResponse } from '@peer/contract';
import { ChangeRoleRequest, CreateUserRequest, ListUsersQuery, UserParams } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { AccountsService } from './accounts.service';
import { UserAdministrationService } from './user-administration.service';

@ApiTags('users')
@Controller('users')
export class AccountsController {
  constructor(private readonly accounts: AccountsService, private readonly administration: UserAdministrationService) {}

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

  @Post(':userId/deactivate')
  @Roles('admin')
  @HttpCode(200)
  deactivate(@CurrentUser() actor: Principal, @Param() params: UserParams): Promise<UserDto> {
    return this.administration.deactivate(actor, params.userId);
  }

  @Post(':userId/reactivate')
  @Roles('admin')
  @HttpCode(200)
  reactivate(@CurrentUser() actor: Principal, @Param() params: UserParams): Promise<UserDto> {
    return this.administration.reactivate(actor, params.userId);
  }

  @Post(':userId/reset-password')
  @Roles('admin')
  @HttpCode(200)
  resetPassword(@CurrentUser() actor: Principal, @Param() params: UserParams): Promise<ResetPasswordResponse> {
    return this.administration.resetPassword(actor, params.userId);
  }

  @Post(':userId/role')
  @Roles('admin')
  @HttpCode(200)
  changeRole(@CurrentUser() actor: Principal, @Param() params: UserParams, @Body() body: ChangeRoleRequest): Promise<UserDto> {
    return this.administration.changeRole(actor, params.userId, body.role);
  }
}
