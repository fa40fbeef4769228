/** Strings of site search: the header's search box and the search page. */
import type { Dict } from '../index.ts';

export const search = {
  title: { en: 'Search', fr: 'Rechercher', es: 'Buscar' },
  description: {
    en: 'Search the portal: States (by their names in English, French or Spanish, common names and codes), categories, sources, tables and pages.',
    fr: 'Rechercher dans le portail : États (par leur nom en français, anglais ou espagnol, leurs noms courants et codes), catégories, sources, tables et pages.',
    es: 'Buscar en el portal: Estados (por su nombre en español, inglés o francés, sus nombres comunes y códigos), categorías, fuentes, tablas y páginas.',
  },
  label: { en: 'Search the site', fr: 'Rechercher dans le site', es: 'Buscar en el sitio' },
  placeholder: { en: 'Search ( / )', fr: 'Rechercher ( / )', es: 'Buscar ( / )' },
  submit: { en: 'Search', fr: 'Rechercher', es: 'Buscar' },
  hint: {
    en: 'Type a State, a category code (ML10), a source or a topic. Press / anywhere on the site to jump to the search box.',
    fr: 'Saisissez un État, un code de catégorie (ML10), une source ou un sujet. Appuyez sur / n’importe où dans le site pour aller au champ de recherche.',
    es: 'Escriba un Estado, un código de categoría (ML10), una fuente o un tema. Pulse / en cualquier página del sitio para ir al cuadro de búsqueda.',
  },
  noScript: {
    en: 'Search runs in your browser and needs JavaScript. The countries page lists every State; the glossary lists every category.',
    fr: 'La recherche s’exécute dans votre navigateur et a besoin de JavaScript. La page des pays liste chaque État ; le glossaire chaque catégorie.',
    es: 'La búsqueda se ejecuta en su navegador y necesita JavaScript. La página de países enumera cada Estado; el glosario cada categoría.',
  },
  loading: { en: 'Loading the index…', fr: 'Chargement de l’index…', es: 'Cargando el índice…' },
  loadError: { en: 'Could not load the search index ({file}): {error}', fr: 'Impossible de charger l’index de recherche ({file}) : {error}', es: 'No se pudo cargar el índice de búsqueda ({file}): {error}' },
  result: { en: '1 result for “{q}”', fr: '1 résultat pour « {q} »', es: '1 resultado para «{q}»' },
  results: { en: '{n} results for “{q}”', fr: '{n} résultats pour « {q} »', es: '{n} resultados para «{q}»' },
  noResults: { en: 'Nothing found for “{q}”.', fr: 'Aucun résultat pour « {q} ».', es: 'Ningún resultado para «{q}».' },
  kind_state: { en: 'State', fr: 'État', es: 'Estado' },
  kind_category: { en: 'Category', fr: 'Catégorie', es: 'Categoría' },
  kind_source: { en: 'Source', fr: 'Source', es: 'Fuente' },
  kind_table: { en: 'Table', fr: 'Table', es: 'Tabla' },
  kind_page: { en: 'Page', fr: 'Page', es: 'Página' },
} satisfies Dict;
