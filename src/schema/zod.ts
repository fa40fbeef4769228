/**
 * zod, configured for where it runs. In the browser, zod's JIT (which compiles object parsers with
 * `new Function`) is turned off: the site's Content-Security-Policy allows no eval, and zod's probe
 * for it would be reported as a violation on every page that parses a URL. The pipeline keeps the
 * JIT (it validates every row). Import `z` from here, never from 'zod' directly, in code the
 * browser runs: the setting must be in place before the first schema is built.
 */
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
