/**
 * Saves bytes or text built in the page as a file. A blob: URL never leaves the browser, so a
 * download makes no request. No React import: plain page scripts (the Share panel) use it too.
 */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
