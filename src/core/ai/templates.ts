import { stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { Measure } from '../shared/vocabulary';
import { principalPerpetrator } from './profile';
import { proseName, prosePopulation, capped } from './wording';

/**
 * Texts AI delegations table and say: operative paragraphs per measure (Council decisions or
 * Assembly recommendations), draft titles. Statements and speeches are in speech.ts.
 */

export const TEXT_MAX = 4000;
export const PARAGRAPH_MAX = 2000;

interface Names {
  territory: string;
  perpetrator: string;
  population: string;
}

function names(scenario: Scenario): Names {
  return {
    territory: proseName(stateName(scenario, scenario.crisis.territorialState)),
    perpetrator: principalPerpetrator(scenario).name,
    population: prosePopulation(scenario.crisis.atRiskPopulation),
  };
}

const COUNCIL_PARAGRAPHS: Record<Measure, (n: Names) => string> = {
  condemnation: (n) => `Strongly condemns the attacks on civilians in ${n.territory}, and demands that the ${n.perpetrator} and all armed groups immediately cease all violence against ${n.population}.`,
  'commission-of-inquiry': (n) => `Requests the Secretary-General to establish without delay an independent commission of inquiry to investigate reports of violations of international humanitarian law and human rights law in ${n.territory}, to identify those responsible, and to report to the Council within ninety days.`,
  'icc-referral': (n) => `Acting under Chapter VII of the Charter, decides to refer the situation in ${n.territory} to the Prosecutor of the International Criminal Court (Rome Statute, art. 13(b)), and decides that the authorities of ${n.territory} shall cooperate fully with the Court.`,
  sanctions: (n) => `Decides that all Member States shall freeze the funds and economic resources of, and prevent the entry into or transit through their territories of, the individuals and entities of the ${n.perpetrator} designated by a Committee of the Council established for this purpose.`,
  'arms-embargo': (n) => `Decides that all Member States shall immediately take the necessary measures to prevent the direct or indirect supply, sale or transfer to ${n.territory} of arms and related materiel of all types, and of technical assistance and training related to military activities.`,
  'humanitarian-access': (n) => `Demands that all parties allow and facilitate the rapid, safe and unhindered passage of humanitarian relief for ${n.population}, and ensure the safety and freedom of movement of humanitarian personnel.`,
  'peace-operation': (n) => `Decides to establish a United Nations peace operation in ${n.territory} with a mandate to protect civilians under threat of physical violence, and requests the Secretary-General to deploy it without delay.`,
  'authorisation-of-force': (n) => `Acting under Chapter VII of the Charter, authorizes Member States to take all necessary measures to protect civilians and civilian-populated areas under threat of attack in ${n.territory}.`,
};

const ASSEMBLY_PARAGRAPHS: Record<Measure, (n: Names) => string> = {
  condemnation: (n) => `Strongly condemns the attacks on civilians in ${n.territory} and demands that the ${n.perpetrator} cease all violence against ${n.population}.`,
  'commission-of-inquiry': (n) => `Requests the Secretary-General to establish an independent international mechanism to collect, preserve and analyse evidence of violations committed in ${n.territory}.`,
  'icc-referral': (n) => `Recommends that the Security Council refer the situation in ${n.territory} to the International Criminal Court, and calls upon all States to cooperate with the Court.`,
  sanctions: (n) => `Recommends that Member States freeze the assets of and deny entry to those of the ${n.perpetrator} responsible for the attacks on ${n.population}.`,
  'arms-embargo': (n) => `Recommends that all Member States prevent the supply, sale or transfer of arms and related materiel to ${n.territory}.`,
  'humanitarian-access': (n) => `Demands rapid, safe and unhindered humanitarian access to ${n.population}, and calls upon Member States to fund the humanitarian response.`,
  'peace-operation': (n) => `Recommends the establishment, with the consent of the host State, of a United Nations presence in ${n.territory} to protect civilians (cf. GA res. 1000 (ES-I)).`,
  'authorisation-of-force': (n) => `Recommends that Member States take collective measures, including the use of armed force when necessary, to protect ${n.population} (GA res. 377 A (V) ¶1).`,
};

export function operativeParagraphs(scenario: Scenario, measures: readonly Measure[], forum: 'council' | 'assembly'): string[] {
  const n = names(scenario);
  const table = forum === 'council' ? COUNCIL_PARAGRAPHS : ASSEMBLY_PARAGRAPHS;
  return measures.map((m) => capped(table[m](n), PARAGRAPH_MAX));
}

export function draftTitle(scenario: Scenario): string {
  return capped(`The situation in ${proseName(stateName(scenario, scenario.crisis.territorialState))}`, 200);
}
