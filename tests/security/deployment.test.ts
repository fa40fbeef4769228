import { describe, expect, it } from 'vitest';
import { deploymentFromEnv, LOCAL_PREVIEW, normalizeBase } from '../../src/security/deployment.ts';

describe('site address and base path from the environment', () => {
  it('normalizes BASE_PATH to /folder/ and refuses anything but a plain folder path', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('portal')).toBe('/portal/');
    expect(normalizeBase('/a/b')).toBe('/a/b/');
    expect(() => normalizeBase('/../x')).toThrow(/BASE_PATH/);
    expect(() => normalizeBase('/x?y')).toThrow(/BASE_PATH/);
  });

  it('takes SITE_URL as an origin, says when it is missing, and refuses a path in it', () => {
    expect(deploymentFromEnv({ SITE_URL: 'https://example.github.io', BASE_PATH: '/portal' })).toEqual({ site: 'https://example.github.io', base: '/portal/', local: false });
    expect(deploymentFromEnv({})).toEqual({ site: LOCAL_PREVIEW, base: '/', local: true });
    expect(() => deploymentFromEnv({ SITE_URL: 'https://example.org/portal' })).toThrow(/BASE_PATH/);
    expect(() => deploymentFromEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/http/);
  });
});
