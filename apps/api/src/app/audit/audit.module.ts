import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditTrailService } from './audit-trail.service';
import { TypeormAuditRepository } from './persistence/typeorm-audit.repository';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditTrailService, { provide: AuditRepository, useClass: TypeormAuditRepository }],
  exports: [AuditService, AuditTrailService],
})
export class AuditModule {}
