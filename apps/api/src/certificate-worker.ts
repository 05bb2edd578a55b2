import { CertificateRenderer } from '@peer/certificate-pdf';
import { parentPort, workerData } from 'node:worker_threads';
import { CertificateWork, produceCertificate } from './app/certification/certificate-product';

/** A worker thread that signs and renders certificates, so the API's event loop stays free. */
const renderer = CertificateRenderer.create({ templatesDir: (workerData as { templatesDir: string }).templatesDir });

parentPort?.on('message', async ({ id, work }: { id: number; work: CertificateWork }) => {
  try {
    const { credential, pdf } = await produceCertificate(work, await renderer);
    // Handed over, not copied: a PDF that has its memory to itself moves as it is; one that shares it is copied out first.
    const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength && pdf.buffer instanceof ArrayBuffer;
    const bytes = whole ? new Uint8Array(pdf.buffer) : new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort?.postMessage({ id, credential, pdf: bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
