/**
 * Peak memory of a headless Chromium's renderer processes, read from Linux's /proc: the page's
 * renderer holds the main thread's JS heap, its workers' heaps and DuckDB's wasm memory, which a
 * page-level metric (CDP Performance, which sees the main thread only) would miss.
 *
 * Each process counts its proportional set size (Pss in /proc/<pid>/smaps_rollup): its private
 * pages plus its share of the pages it shares with other processes. Resident set sizes (VmRSS)
 * would count Chromium's shared code once per renderer: a browser's idle renderers (its first
 * blank tab, its built-in extensions) add about 100 MB each that way, measured on this machine,
 * and 10–30 MB by Pss. The figure still includes the renderers' own code and the browser's idle
 * renderers, so it errs on the high side of "JS heap + wasm".
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

/** Proportional and resident set sizes of a process, in bytes (0 when it has ended). */
function memoryOf(pid: number): Memory {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
    return { pss: kb('Pss'), rss: kb('Rss') };
  } catch {
    return { pss: 0, rss: 0 };
  }
}

export interface Memory {
  /** Proportional set size: what the processes hold, shared pages split among their sharers. */
  pss: number;
  /** Resident set size summed over the processes: shared code counted once per process (the figure before). */
  rss: number;
}

/** Memory of the renderers descending from the browser process whose command line holds `tag`. */
export function rendererMemory(tag: string): Memory {
  const all = processes();
  const total = { pss: 0, rss: 0 };
  const root = all.find((p) => p.cmdline.includes(tag) && !p.cmdline.includes('--type='));
  if (!root) return total;
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const stack = [root.pid];
  while (stack.length) {
    for (const c of children.get(stack.pop()!) ?? []) {
      if (c.cmdline.includes('--type=renderer')) {
        const m = memoryOf(c.pid);
        total.pss += m.pss;
        total.rss += m.rss;
      }
      stack.push(c.pid);
    }
  }
  return total;
}

/** Samples rendererMemory every `everyMs` until stopped; `peak()` has the highest sample of each measure so far. */
export function memoryPeak(tag: string, everyMs = 200): { peak(): Memory; stop(): void } {
  const peak = rendererMemory(tag);
  const sample = () => {
    const m = rendererMemory(tag);
    peak.pss = Math.max(peak.pss, m.pss);
    peak.rss = Math.max(peak.rss, m.rss);
    return { ...peak };
  };
  const timer = setInterval(sample, everyMs);
  return {
    peak: sample,
    stop: () => clearInterval(timer),
  };
}
