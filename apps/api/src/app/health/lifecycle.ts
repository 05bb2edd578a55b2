import { Injectable } from '@nestjs/common';

/**
 * Where the process is in its life. Readiness reads it so a load balancer
 * stops sending traffic while in-flight requests drain; the HTTP layer reads
 * it to stop keeping connections alive.
 */
@Injectable()
export class AppLifecycle {
  private drainingSince?: Date;

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  beginDrain(): void {
    this.drainingSince ??= new Date();
  }
}
