/** Strings of the notice about address settings that were not understood (Explore and its embed). */
import type { Dict } from '../index.ts';

export const notices = {
  more: { en: 'and {n} more', fr: 'et {n} de plus', es: 'y {n} más' },
  embedRefused: {
    en: 'The chart is not drawn: its address asks for something this portal does not have, and a chart of something else under this title would mislead. Open it on the portal to choose again.',
    fr: 'Le graphique n’est pas dessiné : son adresse demande quelque chose que ce portail n’a pas, et un graphique d’autre chose sous ce titre induirait en erreur. Ouvrez-le sur le portail pour choisir à nouveau.',
    es: 'El gráfico no se dibuja: su dirección pide algo que este portal no tiene, y un gráfico de otra cosa bajo este título induciría a error. Ábralo en el portal para elegir de nuevo.',
  },
} satisfies Dict;
