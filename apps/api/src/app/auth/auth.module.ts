import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleGuard } from './login-throttle.guard';
import { SessionCleanup } from './session-cleanup';
import { SessionEntity } from './persistence/session.entity';
import { TypeormSessionRepository } from './persistence/typeorm-session.repository';
import { SessionRepository } from './session.repository';
import { IdentityProviderRepository } from './identity-providers/identity-provider.repository';
import { IdentityProvidersController } from './identity-providers/identity-providers.controller';
import { IdentityProvidersService } from './identity-providers/identity-providers.service';
import { TypeormIdentityProviderRepository } from './identity-providers/persistence/typeorm-identity-provider.repository';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), AccountsModule],
  controllers: [AuthController, IdentityProvidersController],
  providers: [
    AuthService,
    IdentityProvidersService,
    { provide: IdentityProviderRepository, useClass: TypeormIdentityProviderRepository },
    LoginThrottleGuard,
    SessionCleanup,
    { provide: SessionRepository, useClass: TypeormSessionRepository },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
