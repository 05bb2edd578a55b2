import { samplePng } from './testing/pdf-tools';
import { inspectLogo, LOGO_MAX_BYTES } from './logo-image';

/** The bytes up to a JPEG's frame header: SOI, an APP0 segment, then SOFn with the size and components given. */
function jpegHeader(width: number, height: number, components = 3, sof = 0xc0): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [0xff, sof, 0x00, 8 + 3 * components, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, components, ...Array(3 * components).fill(1)];
  return Buffer.from([0xff, 0xd8, ...app0, ...frame, 0xff, 0xd9]);
}

describe('inspectLogo', () => {
  it('reads the type and size of an 8-bit PNG and of a grey or RGB JPEG', () => {
    expect(inspectLogo(samplePng(240, 80))).toEqual({ type: 'image/png', width: 240, height: 80 });
    expect(inspectLogo(jpegHeader(600, 200))).toEqual({ type: 'image/jpeg', width: 600, height: 200 });
    expect(inspectLogo(jpegHeader(600, 200, 1, 0xc2))).toEqual({ type: 'image/jpeg', width: 600, height: 200 });
  });

  it('refuses what the renderer would not embed unchanged: other formats, CMYK JPEG, 16-bit or interlaced PNG', () => {
    expect(inspectLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('type');
    expect(inspectLogo(Buffer.from('GIF89a......................................'))).toBe('type');
    expect(inspectLogo(jpegHeader(600, 200, 4))).toBe('type');
    const sixteenBit = samplePng(64, 64);
    sixteenBit[24] = 16;
    expect(inspectLogo(sixteenBit)).toBe('type');
    const interlaced = samplePng(64, 64);
    interlaced[28] = 1;
    expect(inspectLogo(interlaced)).toBe('type');
    expect(inspectLogo(samplePng(64, 64).subarray(0, 20))).toBe('type');
  });

  it('refuses too few or too many pixels, and too many bytes', () => {
    expect(inspectLogo(samplePng(31, 64))).toBe('dimensions');
    expect(inspectLogo(jpegHeader(2001, 100))).toBe('dimensions');
    expect(inspectLogo(samplePng(32, 2000))).toEqual({ type: 'image/png', width: 32, height: 2000 });
    expect(inspectLogo(Buffer.concat([samplePng(64, 64), Buffer.alloc(LOGO_MAX_BYTES)]))).toBe('size');
  });
});
