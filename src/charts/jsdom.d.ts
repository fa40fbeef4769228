// The one part of jsdom's API the build uses (no @types/jsdom is installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
