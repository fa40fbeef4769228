/** Adapter registry: data/sources.json names an adapter by id. */
import type { Adapter } from '../types.ts';
import { attAnnualAdapter } from './attAnnual.ts';
import { attInitialAdapter } from './attInitial.ts';
import { caatEuBrokerAdapter } from './caatEuBroker.ts';
import { caatEuConsultAdapter } from './caatEuConsult.ts';
import { caatEuMissionAdapter } from './caatEuMission.ts';
import { coarmOkfnAdapter } from './coarmOkfn.ts';
import { secoSpecialLicencesAdapter } from './secoSpecialLicences.ts';
import { secoWarMaterialAdapter } from './secoWarMaterial.ts';
import { ukSielAdapter } from './ukSiel.ts';
import { unrocaIndexAdapter } from './unrocaIndex.ts';
import { unrocaTransfersAdapter } from './unrocaTransfers.ts';
import { untcAttStatusAdapter } from './untcAttStatus.ts';

export const ADAPTERS: Record<string, Adapter> = Object.fromEntries(
  [
    coarmOkfnAdapter,
    ukSielAdapter,
    unrocaIndexAdapter,
    unrocaTransfersAdapter,
    attAnnualAdapter,
    attInitialAdapter,
    secoWarMaterialAdapter,
    secoSpecialLicencesAdapter,
    untcAttStatusAdapter,
    caatEuBrokerAdapter,
    caatEuConsultAdapter,
    caatEuMissionAdapter,
  ].map((a) => [a.id, a]),
);
