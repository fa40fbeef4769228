/**
 * No request at build time: the site's `astro build` and the pipeline run under a preload that
 * refuses DNS and outbound sockets (tests/helpers/noNetwork.ts; the e2e runner builds the real site
 * under it too). Astro would post telemetry during a build unless told not to, so the build runs
 * with the environment of package.json's `build` script, against a one-page SYNTHETIC site, with a
 * fresh config folder so no setting on this machine can hide a telemetry call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_NETWORK_EXIT } from '../helpers/noNetwork.ts';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/node/bin/node');
const preload = join(root, 'tests/helpers/noNetwork.ts');
const tmp = mkdtempSync(join(tmpdir(), 'att-offline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `FOO=1 BAR=2 astro build` → { FOO: '1', BAR: '2' }: the variables the npm script sets. */
function scriptEnv(script: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const word of script.split(/\s+/)) {
    const m = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word);
    if (!m) break;
    env[m[1]!] = m[2]!;
  }
  return env;
}

/** The environment of a developer's machine: no CI variables (ci-info turns telemetry off in CI). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|ASTRO_TELEMETRY_DISABLED|TELEMETRY_DISABLED)$/.test(k)) env[k] = v;
  return { ...env, XDG_CONFIG_HOME: join(tmp, 'config'), HOME: tmp, ...extra };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('no network at build time', () => {
  it('the preload fails a run that tries to reach another host, even when the error is swallowed', () => {
    const r = spawnSync(node, ['--import', preload, '-e', "fetch('https://example.org/').catch(() => undefined)"], { encoding: 'utf8' });
    expect(r.status).toBe(NO_NETWORK_EXIT);
    expect(r.stderr).toMatch(/blocked connection to example\.org/);
  });

  it('package.json builds with Astro telemetry off, and such a build makes no request', () => {
    const env = scriptEnv(pkg.scripts.build!);
    expect(env.ASTRO_TELEMETRY_DISABLED).toBe('1');
    const out = join(tmp, 'dist');
    const r = spawnSync(node, ['--import', preload, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(root, 'tests/fixtures/astro-minimal'), '--outDir', out], {
      encoding: 'utf8',
      env: cleanEnv(env),
    });
    expect(r.stderr).not.toMatch(/\[no-network\]/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('the pipeline builds every table from the mirror without touching the network', () => {
    const mirror = process.env.ATT_SOURCES_DIR ?? resolve(root, '../shared/data/raw');
    const r = spawnSync(node, ['--import', preload, join(root, 'scripts/pipeline.ts'), '--sources', mirror, '--out', join(tmp, 'data'), '--cache', join(tmp, 'cache')], { encoding: 'utf8', env: cleanEnv({}) });
    expect(r.stderr).not.toMatch(/\[no-network\]/);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp, 'data/manifest.json'), 'utf8')).tables.length).toBeGreaterThan(0);
  }, 120_000);

  it('every npm script that runs astro turns telemetry off', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) if (/(^|\s)astro\s/.test(script)) expect(scriptEnv(script).ASTRO_TELEMETRY_DISABLED, name).toBe('1');
  });
});
