/**
 * Rasterizes Open Graph cards (ogImage.ts) to PNG with sharp. Build time only (Node); the
 * endpoints under src/pages/og/ call it. Cards are cached by their SVG text within a build.
 */
import sharp from 'sharp';

export async function ogPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await sharp(Buffer.from(svg), { density: 72 }).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Uint8Array(buf);
}
