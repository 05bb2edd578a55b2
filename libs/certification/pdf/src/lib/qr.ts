import { qrcode } from './engines';

export interface QrRun {
  row: number;
  column: number;
  length: number;
}

export interface QrMatrix {
  size: number;
  /** Horizontal runs of dark modules, one rectangle each when drawn. */
  runs: QrRun[];
}

/** Encodes text as a QR code (error correction M) and merges dark modules into horizontal runs. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}
