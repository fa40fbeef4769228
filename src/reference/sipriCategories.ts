/**
 * An APPROXIMATE crosswalk from SIPRI's armament categories (its own scheme, in its trade-register
 * exports) to the ATT categories of Art. 2(1). SIPRI counts weapon systems by type and includes
 * items the ATT categories leave out (engines, sensors, trainers, transport aircraft), so no SIPRI
 * category is an exact ATT category: the best match is 'approximate', and categories without a
 * counterpart are 'none'. Used only to compare a reader's own SIPRI file with reported data, never
 * to load SIPRI rows as reported facts.
 */
import type { AttCategory, AttMatch } from '../schema/codes.ts';

export interface SipriCrosswalk {
  attCategory: AttCategory | null;
  attMatch: AttMatch;
}

/** SIPRI category (as exported, compared case-insensitively) → ATT category. */
const BY_CATEGORY: Readonly<Record<string, SipriCrosswalk>> = {
  aircraft: { attCategory: 'IV', attMatch: 'approximate' },
  'armoured vehicles': { attCategory: 'II', attMatch: 'approximate' },
  artillery: { attCategory: 'III', attMatch: 'approximate' },
  missiles: { attCategory: 'VII', attMatch: 'approximate' },
  ships: { attCategory: 'VI', attMatch: 'approximate' },
  'air defence systems': { attCategory: 'VII', attMatch: 'approximate' },
  sensors: { attCategory: null, attMatch: 'none' },
  engines: { attCategory: null, attMatch: 'none' },
  'naval weapons': { attCategory: null, attMatch: 'none' },
  satellites: { attCategory: null, attMatch: 'none' },
  other: { attCategory: null, attMatch: 'none' },
};

/** SIPRI's own categories, as its exports spell them. */
export const SIPRI_CATEGORIES: readonly string[] = ['Aircraft', 'Armoured vehicles', 'Artillery', 'Missiles', 'Ships', 'Air defence systems', 'Sensors', 'Engines', 'Naval weapons', 'Satellites', 'Other'];

/**
 * The ATT category of a SIPRI row, or null when the category is not SIPRI's. Within armoured
 * vehicles a description naming a tank points at ATT I (battle tanks), and within aircraft a
 * helicopter at ATT V (attack helicopters); both stay approximate.
 */
export function sipriCrosswalk(category: string, description: string): SipriCrosswalk | null {
  const c = BY_CATEGORY[category.trim().toLowerCase()];
  if (!c) return null;
  const d = description.toLowerCase();
  if (c.attCategory === 'II' && /\btank\b/.test(d)) return { attCategory: 'I', attMatch: 'approximate' };
  if (c.attCategory === 'IV' && /helicopter/.test(d)) return { attCategory: 'V', attMatch: 'approximate' };
  return c;
}
