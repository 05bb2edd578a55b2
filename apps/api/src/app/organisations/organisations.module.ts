import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { TypeormOrganisationRepository } from './persistence/typeorm-organisation.repository';

@Module({
  imports: [AccountsModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, { provide: OrganisationRepository, useClass: TypeormOrganisationRepository }],
})
export class OrganisationsModule {}
