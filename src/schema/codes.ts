/**
 * Coded values shared by several tables. Kept apart so that schema files, the pipeline and the
 * site's filters all draw on the same lists.
 */

/** Where a fact was published. Each source in data/sources.json names one of these; ATT_STATUS is the
 * depositary's status of the Treaty (participation facts, no reports). */
export const INSTRUMENTS = ['EU_COARM', 'UK_SIEL', 'UNROCA', 'ATT_ANNUAL', 'ATT_INITIAL', 'ATT_STATUS', 'CH_SECO'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const REPORT_TYPES = ['annual', 'initial', 'participation'] as const;

export const DIRECTIONS = ['export', 'import'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** ATT Art. 13(3): reports cover authorized or actual transfers; national data adds refusals. */
export const BASES = ['authorized', 'actual', 'refused'] as const;
export type Basis = (typeof BASES)[number];

/**
 * Category schemes: ATT = Art. 2(1) categories I–VIII (and SALW sub-categories), ML = EU Common
 * Military List ML1–ML22, UK = other UK control-list ratings (dual-use, PL50xx) found in UK licence data,
 * CH_KM = Swiss war-material categories KM 1–22 (numbered as ML1–ML22) and SECO's lumped column.
 */
export const CATEGORY_SCHEMES = ['ATT', 'ML', 'UK', 'CH_KM'] as const;
export type CategoryScheme = (typeof CATEGORY_SCHEMES)[number];

/** The eight ATT Art. 2(1) categories. */
export const ATT_CATEGORIES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
export type AttCategory = (typeof ATT_CATEGORIES)[number];

/** How well a national/EU category maps to an ATT category. */
export const ATT_MATCHES = ['exact', 'approximate', 'none'] as const;
export type AttMatch = (typeof ATT_MATCHES)[number];

/** What a reported total row measures (EU COARM rows a, b, c). */
export const TOTAL_MEASURES = ['licences', 'licence_value', 'export_value'] as const;

export const RECONCILE_STATUSES = ['match', 'mismatch', 'no_lines'] as const;

/**
 * ATT status of a State: party (consent deposited), signatory (signed, no consent), not_participant (absent
 * from the depositary's complete list of participants), unknown (only the incomplete hand-compiled facts
 * were available and they do not list the State).
 */
export const TREATY_STATUSES = ['party', 'signatory', 'not_participant', 'unknown'] as const;
