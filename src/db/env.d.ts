// Vite's ambient types: `?url` asset imports and `import.meta.env` in browser modules.
/// <reference types="vite/client" />
