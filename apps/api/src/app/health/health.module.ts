import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { AppLifecycle } from './lifecycle';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [AppLifecycle],
  exports: [AppLifecycle],
})
export class HealthModule {}
