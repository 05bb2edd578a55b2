import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';

/** The PostgreSQL channel every instance listens on; the payload is a certificate code. */
export const CERTIFICATE_CHANNEL = 'certificate_changed';

const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 5_000;

/**
 * Tells readers on every instance that a certificate's status changed
 * (revoked, superseded). A change goes out as a PostgreSQL NOTIFY; each
 * instance holds one connection that LISTENs and passes what arrives to its
 * listeners, its own changes included. The connection comes back by itself
 * after the database went away; since notifications sent meanwhile are lost,
 * listeners are then told to drop everything (`onResync`).
 */
@Injectable()
export class CertificateEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CertificateEvents.name);
  private readonly listeners = new Set<(code: string) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private reconnectDelay = RECONNECT_FIRST_MS;
  private closed = false;
  /** Set when the listening connection was lost or never came up: notifications may have been missed. */
  private missed = false;
  private listening?: Promise<void>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onChange(listener: (code: string) => void): void {
    this.listeners.add(listener);
  }

  /** Called after missed notifications may have been lost: forget every cached certificate. */
  onResync(listener: () => void): void {
    this.resyncListeners.add(listener);
  }

  /**
   * Announces a change to every instance. This instance's listeners hear it at
   * once; the others within moments, when the NOTIFY arrives. Never rejects: if
   * the database cannot take the NOTIFY, other instances fall back on their
   * cache lifetime. Await it so the answer to the change goes out after the
   * announcement did.
   */
  async changed(code: string): Promise<void> {
    this.deliver(code);
    try {
      await this.db.query('SELECT pg_notify($1, $2)', [CERTIFICATE_CHANNEL, code]);
    } catch (error) {
      this.logger.warn(`Could not announce the change of a certificate to other instances: ${String(error)}`);
    }
  }

  /** Resolves once this instance listens (tests and start-up ordering). */
  ready(): Promise<void> {
    return this.listening ?? Promise.resolve();
  }

  onApplicationBootstrap(): void {
    this.listening = this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const url = (this.db.options as { url?: string }).url;
    const client = new Client({ connectionString: url, keepAlive: true, application_name: 'peer-academy-events' });
    let failed = false;
    const lost = (reason: unknown) => {
      if (failed) return;
      failed = true;
      this.missed = true;
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`Certificate change notifications interrupted (${String(reason)}); reconnecting`);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost('connection ended'));
    client.on('notification', (message: Notification) => {
      if (message.channel === CERTIFICATE_CHANNEL && message.payload) this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CERTIFICATE_CHANNEL}`);
    } catch (error) {
      lost(error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelay = RECONNECT_FIRST_MS;
    if (this.missed) {
      this.missed = false;
      // Whatever changed while nobody listened went unheard.
      for (const listener of this.resyncListeners) listener();
    }
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.listening = this.connect();
    }, delay);
    // A pending reconnect must not keep a finished process alive.
    this.reconnectTimer.unref();
  }

  private deliver(code: string): void {
    for (const listener of this.listeners) {
      try {
        listener(code);
      } catch (error) {
        this.logger.error(`A certificate change listener failed: ${String(error)}`);
      }
    }
  }
}
