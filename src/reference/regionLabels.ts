/**
 * Names of the UN M49 regions and sub-regions the states table uses, in English, French and Spanish.
 * The table stores the English M49 name; the site shows REGION_LABELS[name][locale].
 *
 * Sub-regions are M49's finest geographic level: where M49 has an intermediate region (Africa south
 * of the Sahara, Latin America and the Caribbean) we use it ("Western Africa", "Caribbean"), as the
 * world-countries package does.
 *
 * Sources:
 * - English: UNSD, Standard country or area codes for statistical use (M49), as mirrored with the
 *   region / sub-region / intermediate-region columns in github.com/lukes/ISO-3166-Countries-with-Regional-Codes
 *   (all/all.csv).
 * - French: the M49 French names as carried by CLDR's French territory names for the M49 codes
 *   (e.g. 015 "Afrique septentrionale", 021 "Amérique septentrionale", 030 "Asie orientale",
 *   039 "Europe méridionale"); where recent CLDR releases reworded a name ("Asie de l’Est") we keep
 *   the M49 form. "Australie et Nouvelle-Zélande" renders M49's 053 (CLDR says "Australasie").
 * - Spanish: the M49 Spanish names as used in FAOSTAT's Spanish area list (África septentrional,
 *   Asia sudoriental, Australia y Nueva Zelandia, …).
 * No Node or DOM imports: the site uses this module.
 */
import type { Translated } from '../schema/columns.ts';

export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type M49Region = (typeof M49_REGIONS)[number];

/** Each sub-region with the region it belongs to. */
export const M49_SUBREGIONS: Record<string, M49Region> = {
  'Northern Africa': 'Africa',
  'Eastern Africa': 'Africa',
  'Middle Africa': 'Africa',
  'Southern Africa': 'Africa',
  'Western Africa': 'Africa',
  Caribbean: 'Americas',
  'Central America': 'Americas',
  'South America': 'Americas',
  'Northern America': 'Americas',
  'Central Asia': 'Asia',
  'Eastern Asia': 'Asia',
  'South-eastern Asia': 'Asia',
  'Southern Asia': 'Asia',
  'Western Asia': 'Asia',
  'Eastern Europe': 'Europe',
  'Northern Europe': 'Europe',
  'Southern Europe': 'Europe',
  'Western Europe': 'Europe',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};

export const REGION_LABELS: Record<string, Translated> = {
  Africa: { en: 'Africa', fr: 'Afrique', es: 'África' },
  Americas: { en: 'Americas', fr: 'Amériques', es: 'Américas' },
  Asia: { en: 'Asia', fr: 'Asie', es: 'Asia' },
  Europe: { en: 'Europe', fr: 'Europe', es: 'Europa' },
  Oceania: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía' },
  'Northern Africa': { en: 'Northern Africa', fr: 'Afrique septentrionale', es: 'África septentrional' },
  'Eastern Africa': { en: 'Eastern Africa', fr: 'Afrique orientale', es: 'África oriental' },
  'Middle Africa': { en: 'Middle Africa', fr: 'Afrique centrale', es: 'África central' },
  'Southern Africa': { en: 'Southern Africa', fr: 'Afrique australe', es: 'África meridional' },
  'Western Africa': { en: 'Western Africa', fr: 'Afrique occidentale', es: 'África occidental' },
  Caribbean: { en: 'Caribbean', fr: 'Caraïbes', es: 'Caribe' },
  'Central America': { en: 'Central America', fr: 'Amérique centrale', es: 'América central' },
  'South America': { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur' },
  'Northern America': { en: 'Northern America', fr: 'Amérique septentrionale', es: 'América septentrional' },
  'Central Asia': { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia central' },
  'Eastern Asia': { en: 'Eastern Asia', fr: 'Asie orientale', es: 'Asia oriental' },
  'South-eastern Asia': { en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental' },
  'Southern Asia': { en: 'Southern Asia', fr: 'Asie du Sud', es: 'Asia meridional' },
  'Western Asia': { en: 'Western Asia', fr: 'Asie occidentale', es: 'Asia occidental' },
  'Eastern Europe': { en: 'Eastern Europe', fr: 'Europe orientale', es: 'Europa oriental' },
  'Northern Europe': { en: 'Northern Europe', fr: 'Europe septentrionale', es: 'Europa septentrional' },
  'Southern Europe': { en: 'Southern Europe', fr: 'Europe méridionale', es: 'Europa meridional' },
  'Western Europe': { en: 'Western Europe', fr: 'Europe occidentale', es: 'Europa occidental' },
  'Australia and New Zealand': { en: 'Australia and New Zealand', fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelandia' },
  Melanesia: { en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia' },
  Micronesia: { en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia' },
  Polynesia: { en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia' },
};
