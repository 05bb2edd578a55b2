import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CertificationModule } from '../certification/certification.module';
import { ProgressModule } from '../progress/progress.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [AccountsModule, ProgressModule, CertificationModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
