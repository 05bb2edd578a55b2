import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { CertificateRenderer } from '@peer/certificate-pdf';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CertificateProduct, CertificateWork, produceCertificate } from './certificate-product';

/** The worker entry that the build puts beside main.js. */
const WORKER_SCRIPT = join(__dirname, 'certificate-worker.js');

/**
 * Heap limits of a certificate thread, in MB. Signing and rendering leave much
 * short-lived garbage, and without limits V8 lets each thread's heap grow to
 * about 200 MB before collecting it; what a thread keeps alive is about 40 MB.
 * These hold each thread near a third of that, for a little more collecting
 * (measured with the certificates benchmark: the cohort of a thousand peaks
 * about 200 MB lower, under a second slower). The young generation is where
 * most of it dies; too small a one promotes work in progress to the old one.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 } as const;

interface Task {
  id: number;
  work: CertificateWork;
  resolve: (product: CertificateProduct) => void;
  reject: (error: Error) => void;
}

/**
 * Signs and renders certificates on a worker thread, so a cohort of a
 * thousand does not hold the event loop that answers everyone else. One
 * thread: on two cores the other one is busy with this thread's requests,
 * the queue and the database while a cohort is certified, and a second
 * thread measured no faster while it cost some 65 MB (certificates
 * benchmark). Where the worker script is not built (the API's own tests run
 * the sources), it works in this thread instead.
 */
@Injectable()
export class CertificateFactory implements OnModuleDestroy {
  private readonly logger = new Logger(CertificateFactory.name);
  private readonly templatesDir: string;
  private readonly size = 1;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];
  private spawned = 0;
  private closed = false;
  private nextId = 0;
  private local?: Promise<CertificateRenderer>;
  /** PDFs that arrived from a thread, each in memory of its own. */
  private readonly arrived = new WeakSet<Buffer>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.templatesDir = resolve(config.certificatesDir);
  }

  /** How many certificates can be produced at once. */
  get parallelism(): number {
    return this.size;
  }

  produce(work: CertificateWork): Promise<CertificateProduct> {
    if (!existsSync(WORKER_SCRIPT)) return this.produceHere(work);
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: (this.nextId += 1), work, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Frees a PDF from a thread once it is stored, instead of at the next full
   * collection: each one lives through young-generation collections while it
   * is written, and a cohort of a thousand piled up some 45 MB before a full
   * one came (certificates benchmark). Any other buffer is left alone.
   */
  release(pdf: Buffer): void {
    if (this.arrived.delete(pdf) && pdf.buffer instanceof ArrayBuffer) pdf.buffer.transfer(0);
  }

  private renderer(): Promise<CertificateRenderer> {
    this.local ??= CertificateRenderer.create({ templatesDir: this.templatesDir }).catch((error: unknown) => {
      this.local = undefined;
      throw error;
    });
    return this.local;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private async produceHere(work: CertificateWork): Promise<CertificateProduct> {
    return produceCertificate(work, await this.renderer());
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.spawned < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.waiting.shift() as Task;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, work: task.work });
    }
  }

  private spawn(): Worker {
    this.spawned += 1;
    const worker = new Worker(WORKER_SCRIPT, { workerData: { templatesDir: this.templatesDir }, resourceLimits: WORKER_HEAP });
    worker.unref(); // never keeps a stopping process alive
    worker.on('message', (message: { id: number; credential?: Record<string, unknown>; pdf?: Uint8Array; error?: string }) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (task?.id === message.id) {
        if (message.error !== undefined || !message.credential || !message.pdf) task.reject(new Error(message.error ?? 'the certificate worker answered nothing'));
        else {
          const pdf = Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength);
          this.arrived.add(pdf);
          task.resolve({ credential: message.credential, pdf });
        }
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.logger.error(`certificate worker failed: ${error.message}`));
    worker.on('exit', () => {
      // A worker that died takes its task with it: fail that task, and let a new worker take the rest.
      this.spawned -= 1;
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      task?.reject(new Error('the certificate worker stopped'));
      this.dispatch();
    });
    return worker;
  }
}
