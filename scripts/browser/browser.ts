/**
 * Browser helpers for the end-to-end tests: Debian's Chromium through playwright-core, pages that
 * record every request (anything leaving the site's origin is blocked and reported) and every
 * console error, and axe-core injected from the installed package (never from a CDN).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Headless Chromium with the project's flags, plus `extraArgs` (e2e: a host resolver for the offline suite). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Requests to anything but the site's origin (blocked before they leave). */
  foreignRequests: string[];
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Same-origin responses with status >= 400. */
  failedResponses: string[];
  close(): Promise<void>;
}

/** Opens `path` on the served site in a fresh context and waits until the network is idle. */
export async function openPage(browser: Browser, baseUrl: string, path: string, opts: { viewport?: ViewportName; javaScriptEnabled?: boolean; waitUntil?: 'load' | 'networkidle' } = {}): Promise<PageSession> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: VIEWPORTS[opts.viewport ?? 'desktop'],
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const s: PageSession = {
    page,
    context,
    requests: [],
    foreignRequests: [],
    consoleErrors: [],
    failedResponses: [],
    close: () => context.close(),
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    s.requests.push(url);
    if (isSameOrigin(url, origin)) return route.continue();
    s.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') s.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => s.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && isSameOrigin(res.url(), origin)) s.failedResponses.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: opts.waitUntil ?? 'networkidle' });
  return s;
}

/** data: and blob: URLs never leave the browser; everything else must be on the site's origin. */
export function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

let axeSource: string | undefined;

function readAxe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page; returns the serious and critical violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the site's
  // Content-Security-Policy would (rightly) refuse that.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readAxe());
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for assertion messages. */
export function describeViolations(vs: readonly AxeViolation[]): string {
  return vs.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}
