import { Injectable } from '@nestjs/common';

/** Tells readers that a certificate's status changed (revoked, superseded). */
@Injectable()
export class CertificateEvents {
  private readonly listeners = new Set<(code: string) => void>();

  onChange(listener: (code: string) => void): void {
    this.listeners.add(listener);
  }

  changed(code: string): void {
    for (const listener of this.listeners) listener(code);
  }
}
