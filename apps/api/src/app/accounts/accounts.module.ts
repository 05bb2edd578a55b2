import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';
import { TypeormUserRepository } from './persistence/typeorm-user.repository';
import { UserEntity } from './persistence/user.entity';
import { UserAdministrationService } from './user-administration.service';
import { UserRepository } from './user.repository';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [AccountsController],
  providers: [AccountsService, UserAdministrationService, PasswordHasher, { provide: UserRepository, useClass: TypeormUserRepository }],
  exports: [UserRepository, PasswordHasher],
})
export class AccountsModule {}
