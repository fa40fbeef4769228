/**
 * Browser side of the chart downloads: a chart element → standalone SVG text → PNG (drawn on a
 * canvas from a blob: URL, so nothing is requested) → a file the browser saves.
 */
import { standaloneSvg, type ExportMeta, type ExportedSvg } from './exportSvg.ts';

/** The chart element as XML (namespaces and entities right for a file), then framed with its meta. */
export function exportChart(svg: SVGSVGElement, meta: ExportMeta): ExportedSvg {
  return standaloneSvg(new XMLSerializer().serializeToString(svg), meta);
}

/** Rasterizes an SVG document at `scale` × its size (2: sharp on high-density screens and in print). */
export async function svgToPng(file: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = file.width;
    img.height = file.height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(file.width * scale);
    canvas.height = Math.round(file.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
