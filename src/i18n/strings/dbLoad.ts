/** Strings of the page database failing to start or load (src/db/fetchGuard.ts). */
import type { Dict } from '../index.ts';

export const dbLoad = {
  statusFailed: {
    en: 'The database could not load: {error}',
    fr: 'La base de données n’a pas pu se charger : {error}',
    es: 'La base de datos no pudo cargarse: {error}',
  },
} satisfies Dict;
