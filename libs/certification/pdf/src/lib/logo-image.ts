/**
 * What an organisation may upload as the logo printed on its certificates: a PNG (8 bits per
 * channel, not interlaced) or a JPEG in grey or RGB, as the renderer embeds them in a PDF/A
 * document unchanged. CMYK would need an output intent of its own; 16-bit and interlaced PNGs
 * are decoded pixel by pixel.
 */
export type LogoType = 'image/png' | 'image/jpeg';

export interface LogoImage {
  type: LogoType;
  width: number;
  height: number;
}

/** Why an upload is not a logo: too many bytes, not a PNG or JPEG the renderer takes, or too few or too many pixels. */
export type LogoProblem = 'size' | 'type' | 'dimensions';

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_MIN_PIXELS = 32;
export const LOGO_MAX_PIXELS = 2000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads type and size from the image's header; never decodes pixels. */
export function inspectLogo(bytes: Uint8Array): LogoImage | LogoProblem {
  if (bytes.length > LOGO_MAX_BYTES) return 'size';
  const image = png(bytes) ?? jpeg(bytes);
  if (!image) return 'type';
  const fits = (n: number) => n >= LOGO_MIN_PIXELS && n <= LOGO_MAX_PIXELS;
  return fits(image.width) && fits(image.height) ? image : 'dimensions';
}

function png(bytes: Uint8Array): LogoImage | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: width, height, bit depth, colour type, compression, filter, interlace.
  if (view.getUint32(8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const [depth, colour, , , interlace] = bytes.subarray(24, 29) as unknown as [number, number, number, number, number];
  if (depth !== 8 || ![0, 2, 3, 4, 6].includes(colour) || interlace !== 0) return null;
  return { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

function jpeg(bytes: Uint8Array): LogoImage | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  // Walks the marker segments to the first frame header (SOF0–SOF15 but DHT, JPG and DAC).
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[at + 5] as number) << 8) | (bytes[at + 6] as number);
      const width = ((bytes[at + 7] as number) << 8) | (bytes[at + 8] as number);
      const components = bytes[at + 9] as number;
      return components === 1 || components === 3 ? { type: 'image/jpeg', width, height } : null;
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}
