/** Strings of the page database loading tables (src/db/tables.ts) or failing to (src/db/fetchGuard.ts). */
import type { Dict } from '../index.ts';

export const dbLoad = {
  statusFailed: {
    en: 'The database could not load: {error}',
    fr: 'La base de données n’a pas pu se charger : {error}',
    es: 'La base de datos no pudo cargarse: {error}',
  },
  progressBytes: {
    en: '{bytes} of {total} downloaded',
    fr: '{bytes} sur {total} téléchargés',
    es: '{bytes} de {total} descargados',
  },
  progressRows: {
    en: '{rows} of {total} rows ({bytes} read)',
    fr: '{rows} lignes sur {total} ({bytes} lus)',
    es: '{rows} de {total} filas ({bytes} leídos)',
  },
} satisfies Dict;
