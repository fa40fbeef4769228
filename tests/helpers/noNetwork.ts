/**
 * A Node preload (`node --import ./tests/helpers/noNetwork.ts …`) that refuses every network
 * access leaving the machine: DNS lookups and socket connections to anything but loopback throw,
 * and the process exits with status 75 even when the caller swallowed the error (Astro's telemetry
 * does). The e2e runner builds the site under it and tests/pipeline/offline.test.ts runs the
 * pipeline under it: "no request at build time" is checked on every run, not assumed.
 */
import dns from 'node:dns';
import net from 'node:net';

export const NO_NETWORK_EXIT = 75;
const blocked: string[] = [];

function refuse(what: string): Error {
  blocked.push(what);
  process.stderr.write(`[no-network] blocked ${what}\n`);
  return new Error(`no-network: ${what} refused (build and pipeline must not use the network)`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const isLoopback = (host: unknown) => typeof host !== 'string' || LOOPBACK.has(host) || host.startsWith('127.');

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv', 'resolveNs', 'resolveMx'] as const) {
  const original = dns[name] as (...args: unknown[]) => unknown;
  (dns as unknown as Record<string, unknown>)[name] = function (host: unknown, ...rest: unknown[]) {
    if (isLoopback(host)) return original.call(dns, host, ...rest);
    throw refuse(`DNS ${name}(${String(host)})`);
  };
  const promised = dns.promises[name] as (...args: unknown[]) => Promise<unknown>;
  (dns.promises as unknown as Record<string, unknown>)[name] = async function (host: unknown, ...rest: unknown[]) {
    if (isLoopback(host)) return promised.call(dns.promises, host, ...rest);
    throw refuse(`DNS ${name}(${String(host)})`);
  };
}

const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  // connect(options) / connect(port, host) / connect(path): unix sockets and loopback stay allowed.
  const opts =
    typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }) : { host: typeof args[1] === 'string' ? args[1] : 'localhost', path: typeof first === 'string' ? first : undefined };
  if (!opts.path && !isLoopback(opts.host ?? 'localhost')) throw refuse(`connection to ${opts.host}`);
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;

process.on('exit', (code) => {
  if (blocked.length && code === 0) {
    process.stderr.write(`[no-network] ${blocked.length} network access(es) attempted: failing the run\n`);
    process.exitCode = NO_NETWORK_EXIT;
  }
});
