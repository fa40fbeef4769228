/**
 * Peak memory of a headless Chromium's renderer processes, read from Linux's /proc: the page's
 * renderer holds the main thread's JS heap, its workers' heaps and DuckDB's wasm memory, which a
 * page-level metric (CDP Performance, which sees the main thread only) would miss. Resident set
 * sizes include shared code, so the figure errs on the high side.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (in parentheses, which may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(name), ppid, cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of the resident memory of the renderers descending from the browser process whose command line holds `tag`. */
export function rendererBytes(tag: string): number {
  const all = processes();
  const root = all.find((p) => p.cmdline.includes(tag) && !p.cmdline.includes('--type='));
  if (!root) return 0;
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const stack = [root.pid];
  while (stack.length) {
    for (const c of children.get(stack.pop()!) ?? []) {
      if (c.cmdline.includes('--type=renderer')) total += rssBytes(c.pid);
      stack.push(c.pid);
    }
  }
  return total;
}

/** Samples rendererBytes every `everyMs` until stopped; `peak()` is the highest sample so far. */
export function memoryPeak(tag: string, everyMs = 200): { peak(): number; stop(): void } {
  let peak = rendererBytes(tag);
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererBytes(tag));
  }, everyMs);
  return {
    peak: () => Math.max(peak, rendererBytes(tag)),
    stop: () => clearInterval(timer),
  };
}
