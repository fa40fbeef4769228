/**
 * Rasterizes Open Graph cards (ogImage.ts) to PNG with sharp. Build time only (Node); the
 * endpoints under src/pages/og/ call it. Plain zlib level 6: ~15 ms a card (palette quantization
 * halves the bytes but takes ~10× longer at level 9, for 253 cards per build).
 */
import sharp from 'sharp';

export async function ogPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await sharp(Buffer.from(svg), { density: 72 }).png({ compressionLevel: 6 }).toBuffer();
  return new Uint8Array(buf);
}
