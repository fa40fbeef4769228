/**
 * One State's file for the compare page: its ATT facts, reporting history and flows, taken as they
 * are from the objects the country profile is rendered from (src/site-data/countryProfiles.ts), so
 * the two pages cannot disagree. Language-free: labels are the page's business.
 */
import type { APIRoute } from 'astro';
import { countryProfiles } from '../../site-data/countryProfiles.ts';
import { reference } from '../../site-data/reference.ts';
import type { CompareState } from '../../specs/compare.ts';
import type { StateRow } from '../../schema/index.ts';

export async function getStaticPaths() {
  const { states } = await reference();
  return states.map((state) => ({ params: { iso3: state.iso3 }, props: { state } }));
}

export const GET: APIRoute = async ({ props }) => {
  const state = (props as { state: StateRow }).state;
  const profile = (await countryProfiles()).get(state.iso3);
  const file: CompareState = {
    iso3: state.iso3,
    treaty: {
      status: state.att_status,
      statusDate: state.att_status_date,
      signature: state.att_signature_date,
      consent: state.att_consent_date,
      consentType: state.att_consent_type,
      entryIntoForce: state.att_entry_into_force,
    },
    reporting: profile?.reporting ?? [],
    flows: (profile?.flows ?? []).map(({ partners: _, ...flow }) => flow),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
