import { DynamicModule, Module } from '@nestjs/common';
import { JOB_WORKERS, JobQueue } from './job-queue';

@Module({})
export class JobsModule {
  /** `workers: false` for command-line tools: they may queue jobs but never take any. */
  static forRoot({ workers }: { workers: boolean }): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [JobQueue, { provide: JOB_WORKERS, useValue: workers }],
      exports: [JobQueue],
    };
  }
}
