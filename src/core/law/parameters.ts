import type { AtrocityType, EvidenceLevel, RelationshipKind } from '../scenario/schema';
import type { ConductKind, ConductScale, Measure } from '../shared/vocabulary';
import type { NormativeStatus } from './types';

/**
 * Every weight and threshold of the law engine, in one place, in the manner of OpenFisca
 * parameters: each value carries the reference it rests on and a one-line justification.
 * No other file in src/core/law contains a number that changes a finding or a score.
 * docs/law.md prints this table for instructors (see `parameterTable()`).
 */
export interface Parameter<T> {
  value: T;
  reference: string;
  justification: string;
}

function p<T>(value: T, reference: string, justification: string): Parameter<T> {
  return { value, reference, justification };
}

export const PARAMETERS = {
  /** Weights by normative status (docs/design.md §1.5): how much a finding of each kind counts. */
  statusWeight: {
    established: p(1.0, 'ARSIWA arts. 2, 4-8, 16; ICCPR art. 2(1); 2005 World Summit Outcome ¶138', 'Settled law applied by courts and accepted by states: a finding counts in full.'),
    treaty: p(0.85, 'VCLT art. 26', 'Binding, but only between the parties to a bilateral agreement: slightly below general law that binds everyone.'),
    emerging: p(0.6, 'Armed Activities ¶178; Cyprus v. Turkey ¶77; Ilaşcu ¶¶392-394; Bosnia v. Serbia ¶430; Hakimi Part IV.B.2', 'Applied by courts in a handful of cases whose reasoning is, in Hakimi\'s words (Toward a Legal Theory on the Responsibility to Protect, Part IV.B.2), "unsatisfying": real but not settled.'),
    nascent: p(0.35, 'Hakimi Part IV.B.3 ("at best, nascent in current practice")', 'Claimed in practice (pressure on Russia and China over Syria) but without precise content: about a third of a settled duty.'),
    aspirational: p(0.15, 'Hakimi Part IV.C; ICESCR art. 2(1); ARSIWA art. 41 cmt. (3)', 'States consistently deny it is obligatory ("The hurdles ... are substantial"): it registers, but barely.'),
  } satisfies Record<NormativeStatus, Parameter<number>>,

  /** The share of a duty's weight carried by a finding the record leaves open (unknown). */
  unknownFactor: p(0.4, 'Three-valued logic of the engine (docs/law.md, "Unknown")', 'An open question carries legal risk but is not a finding: below half, so no open question outweighs an established finding of the same kind.'),

  /** Gravity by atrocity type. The crisis takes the highest of its types. */
  gravity: {
    genocide: p(1.0, 'Tadić, Judgement in Sentencing Appeals ¶69', 'The law draws no hierarchy of seriousness among the atrocity crimes, so all carry full gravity.'),
    'crimes-against-humanity': p(1.0, 'Tadić, Judgement in Sentencing Appeals ¶69', 'No distinction in law between the seriousness of crimes against humanity and war crimes.'),
    'war-crimes': p(1.0, 'Tadić, Judgement in Sentencing Appeals ¶69', 'Systematic war crimes are atrocities of the same order (Hakimi at 247).'),
    'ethnic-cleansing': p(1.0, '2005 World Summit Outcome ¶138', 'Listed with the other three as a crime from which populations must be protected.'),
  } satisfies Record<AtrocityType, Parameter<number>>,

  knowledge: {
    /** How much an act counts given what the state knew when it acted (public evidence or its intelligence). */
    factor: {
      none: p(0, 'ARSIWA art. 16 cmt. (4)', 'A state unaware of the circumstances "bears no international responsibility": acts without any evidence count for nothing.'),
      reports: p(0.5, 'Bosnia v. Serbia ¶431 ("serious risk")', 'Reports put a state on notice of a serious risk but do not establish the circumstances: half weight.'),
      credible: p(0.85, 'ARSIWA art. 16 cmt. (4); Bosnia v. Serbia ¶438 ("information, voicing serious concern")', 'A credible finding (commission of inquiry, or intelligence) establishes knowledge; a little below manifest.'),
      manifest: p(1.0, 'A/63/677 ¶61 ("manifest failure"); Hakimi Part IV.B.3 ("atrocities were apparent")', 'Nobody can claim ignorance of manifest atrocities: full weight.'),
    } satisfies Record<EvidenceLevel, Parameter<number>>,
    /** The level at which art. 16 knowledge of the circumstances is established. */
    art16Established: p<EvidenceLevel>('credible', 'ARSIWA art. 16(a) and cmt. (4)', 'Knowledge of the circumstances needs more than allegations: a credible finding or the state\'s own intelligence.'),
    /** Below art16Established but at or above this level, knowledge is an open question (unknown). */
    art16Open: p<EvidenceLevel>('reports', 'ARSIWA art. 16 cmt. (4)', 'With reports on the record a state may or may not have been aware: the record leaves it open.'),
    /** The duty to act (prevent, protect) arises once the state knows or should know of a serious risk. */
    dutyToActArises: p<EvidenceLevel>('reports', 'Bosnia v. Serbia ¶431', 'The duty to act arises when the state "learns of, or should normally have learned of, the existence of a serious risk".'),
    /** From this level atrocities are "apparent": continued support becomes obstruction. */
    apparent: p<EvidenceLevel>(
      'credible',
      'Hakimi Part IV.B.3 & n.166; ARSIWA art. 16 cmt. (4)',
      'Russia shipped arms "after its atrocities were apparent": apparent to the state that acts, by a credible public finding or its own credible intelligence; a state that knew cannot shelter behind a public record that lags.',
    ),
    /** From this level the atrocities themselves are established for attribution findings. */
    atrocitiesEstablished: p<EvidenceLevel>('credible', 'ARSIWA art. 2; Bosnia v. Serbia ¶209 (charges of exceptional gravity need "fully conclusive" proof)', 'A court finds atrocities proved on credible findings at least; on reports alone the question is open.'),
  },

  /** How much one act counts by its recorded scale. */
  scale: {
    limited: p(0.5, 'ARSIWA art. 16 cmt. (5) ("contributed significantly")', 'A limited act may contribute significantly, but the record shows less: half weight.'),
    substantial: p(1.0, 'ARSIWA art. 16 cmt. (5)', 'A substantial act contributes significantly: full weight.'),
  } satisfies Record<ConductScale, Parameter<number>>,

  /** Relative weight of the ways a state can engage the duty to respect. */
  respect: {
    perpetration: p(1.0, 'ARSIWA arts. 2, 4, 8', 'A state answers in full for atrocities by its own organs or agents.'),
    aid: p(0.75, 'ARSIWA art. 16 ("responsible for doing so")', 'The aiding state answers for its aid, not for the principal\'s act: three quarters of perpetration.'),
  },

  /** What counts as substantial support (the perpetrator "survives by virtue of" it). */
  substantialSupport: {
    actWeight: {
      substantial: p(1.0, 'Ilaşcu ¶392; Cyprus v. Turkey ¶77', 'One substantial act is one unit of support.'),
      limited: p(0.34, 'Ilaşcu ¶392', 'Three limited acts make about one unit.'),
    } satisfies Record<ConductScale, Parameter<number>>,
    /** Units of support at or above which support is substantial. */
    clear: p(2.0, 'Ilaşcu ¶392 ("military, economic, financial and political support")', 'Repeated substantial support, not a single shipment, is what a group survives by virtue of.'),
    /** Units at or above which it is arguable (unknown); below it, support is not substantial. */
    arguable: p(1.0, 'Hakimi Part IV.B.2 ("substantially supports")', 'One substantial act may or may not be support the group depends on: an open question.'),
  },

  /** Relational capacity to influence for the Genocide Convention duty to prevent (Bosnia v. Serbia ¶430). */
  capacityToInfluence: {
    weight: {
      agency: p(1.0, 'ARSIWA art. 8; Bosnia v. Serbia ¶430', 'A state that directs the group can stop it.'),
      'governmental-authority': p(1.0, 'Bosnia v. Serbia ¶430 ("legal position")', 'Authority over the area is the strongest legal position.'),
      'substantial-support': p(0.8, 'Bosnia v. Serbia ¶¶430, 434-438', 'The FRY\'s support to the VRS gave it "undeniable influence".'),
      'arms-supplier': p(0.4, 'Bosnia v. Serbia ¶430 ("links of all other kinds")', 'A supplier can withhold supplies: a real but partial link.'),
      'political-links': p(0.35, 'Bosnia v. Serbia ¶430 ("strength of the political links")', 'Named by the Court; alone it falls short of the threshold.'),
      proximity: p(0.25, 'Bosnia v. Serbia ¶430 ("geographical distance")', 'Named by the Court; alone it grounds nothing.'),
      'colonial-tie': p(0.2, 'Bosnia v. Serbia ¶430 ("links of all other kinds"); Hakimi Part IV.C', 'A historical tie gives some influence; alone it grounds nothing.'),
      'troops-present': p(0.2, 'Bosnia v. Serbia ¶430; Behrami', 'Presence without authority gives some influence (Behrami: not a ground on its own).'),
      'contributed-to-risk': p(0.2, 'Hakimi Part IV.C', 'A past contribution to the risk is a link of another kind.'),
    } satisfies Record<RelationshipKind, Parameter<number>>,
    /** Weight of material support acts (a link "of all other kinds") when no relationship records it. */
    supportActs: p(0.4, 'Bosnia v. Serbia ¶430', 'Shipments on the record are the same kind of link as an arms-supplier relationship.'),
    clear: p(0.5, 'Bosnia v. Serbia ¶¶430, 438 ("undeniable influence")', 'Two named links together (e.g. political links and supplies) or one strong link: influence that obliges the state to act.'),
    arguable: p(0.38, 'Bosnia v. Serbia ¶430 (assessment in concreto)', 'Two weak links together (e.g. proximity and a colonial tie) leave the capacity open; any one weak link (proximity, political links, history, presence) alone stays below.'),
  },

  protect: {
    /** A measure taken this many rounds after the duty arose is still timely. */
    graceRounds: p(1, 'Bosnia v. Serbia ¶431 (duty to act arises at once); Hakimi Part IV.B.2 (due diligence)', 'Due diligence allows a state one round to react once the duty to act has arisen.'),
    lateMeasuresMitigation: p(0.6, 'Hakimi Part IV.B.2 ("The diligence that is due would depend on the circumstances")', 'Measures taken late, or undercut by continued support, are not the diligence due but are not nothing: the finding stands, reduced.'),
    /** Intensity by ground (governmental authority, substantial support); genocide prevention uses the capacity itself. */
    authority: p(1.0, 'Armed Activities ¶178', 'An occupier must protect the inhabitants as it would at home: full weight.'),
    support: p(1.0, 'Cyprus v. Turkey ¶77; Ilaşcu ¶¶392-394', 'A state that props up the perpetrator cannot stand by: full weight.'),
  },

  territorial: {
    ownAgents: p(1.0, 'ARSIWA arts. 4, 8; 2005 World Summit Outcome ¶138', 'Atrocities by its own organs or agents engage the territorial state in full.'),
    failureToRestrain: p(0.6, 'ICCPR art. 2(1) ("ensure"); Hakimi Part IV.A.2 (due diligence for third parties)', 'A due-diligence failure weighs less than perpetration.'),
  },

  notObstruct: {
    weight: {
      veto: p(1.0, 'ICISS ¶6.21; A/63/677 ¶61; GA res. 76/262 ¶1', 'A veto blocks a measure outright.'),
      'veto-threat-public': p(0.5, 'A/63/677 ¶61 ("employing or threatening to employ the veto")', 'A public threat shapes drafts before they are voted.'),
      'veto-threat-private': p(0.35, 'A/63/677 ¶61', 'A private threat obstructs less visibly and is harder to prove.'),
      'vote-against-council': p(0.5, 'Hakimi Part IV.B.3', 'A negative vote that is not a veto still opposes the measure.'),
      'vote-against-assembly': p(0.4, 'Hakimi Part IV.B.3 & nn.161-162', 'Voting against Assembly resolutions was part of the Syria pattern.'),
      'vote-against-referral': p(0.5, 'GA res. 377 A (V) ¶1', 'Voting against referral to the Assembly impedes the Uniting for Peace route.'),
      boycott: p(0.35, 'Hakimi Part IV.B.3 & n.163', 'Declining multilateral meetings that pressure the perpetrator.'),
      'statement-objection': p(
        0.35,
        'Hakimi Part IV.B.3 & n.159 ("objections from Russia and Lebanon prevented the Council from issuing a press statement on Syria")',
        'An objection blocks a statement outright, but a statement carries words only, no measure: weighed as a private veto threat or a boycott, below a negative vote on a draft.',
      ),
      'support-after-apparent': p(0.75, 'Hakimi Part IV.B.3 & nn.165-166', 'Continued supplies after the atrocities are apparent undermine isolation of the perpetrator.'),
    },
    /** Obstructive acts in at least this many fora make a pattern. */
    patternFora: p(2, 'Hakimi Part IV.B.3 ("Looking outside the Council reveals a broader pattern")', 'Hakimi (Toward a Legal Theory on the Responsibility to Protect) finds obstruction in a pattern across the Council, the Assembly and meetings, not in one forum.'),
    acquiescenceMitigation: p(0.75, 'Hakimi Part IV.B.3 & nn.157-160', 'Letting other measures pass mitigates: the finding stands at three quarters.'),
    /** Measures that make a draft a meaningful alternative (anything beyond words of condemnation). */
    meaningfulMeasures: p<readonly Measure[]>(
      ['commission-of-inquiry', 'icc-referral', 'sanctions', 'arms-embargo', 'humanitarian-access', 'peace-operation', 'authorisation-of-force'],
      'Hakimi Part IV.B.3 ("pursue a meaningful alternative")',
      'An alternative must do something for the population; a condemnation alone does not.',
    ),
  },

  assist: {
    incapacityMitigation: p(0.5, 'Hakimi Part IV.A.2 & n.110', 'A state that cannot bear the duty without abandoning more important duties may have "a more lenient" duty: halved.'),
  },

  d2r: {
    breachWeight: p(0.6, 'VCLT art. 26; López, The Duty to Refrain, Part VI.A', 'One act contrary to the agreement is a breach; each further act adds to it.'),
  },

  cooperate: {
    scoreWeight: p(0, 'ARSIWA art. 41 cmt. (3) ("may reflect the progressive development of international law"); Hakimi Part IV.A.1', 'Informational only: the ILC itself doubts the duty exists, so it never adds to exposure.'),
  },

  /** Conduct that counts as each kind of fact. */
  conduct: {
    materialSupport: p<readonly ConductKind[]>(
      ['arms-transfer', 'intelligence-sharing', 'financing', 'logistics', 'training', 'troop-deployment'],
      'ARSIWA art. 16 cmt. (5); Ilaşcu ¶392',
      'Material help to a perpetrator (troops only when sent to fight with a named perpetrator).',
    ),
    protective: p<readonly ConductKind[]>(
      ['sanctions', 'diplomatic-pressure', 'criminal-measures', 'suspending-support', 'arms-embargo', 'disarming-group'],
      'Hakimi Part IV.B.2 ("economic, diplomatic, or criminal measures"); ARSIWA art. 41(1) ("cooperate to bring to an end")',
      'The measures Hakimi (Toward a Legal Theory on the Responsibility to Protect, Part IV.B) names as the diligence due; disarming or demobilising the group takes away the means of the crimes themselves, the most direct measure against it.',
    ),
    endsSupport: p<readonly ConductKind[]>(
      ['suspending-support', 'disarming-group'],
      'ARSIWA art. 16 cmt. (5) (aid that "actually" facilitates); Hakimi Part IV.B.2 ("conditioning or suspending" support)',
      'A state that suspends its support to a group, or disarms and disbands it, no longer supports it: its support relationships to the group end with that round.',
    ),
    prevention: p<readonly ConductKind[]>(['prevention-assistance'], 'Hakimi Part IV.C', 'Resources, training or rebuilding institutions that lessen the risk.'),
    relief: p<readonly ConductKind[]>(['humanitarian-aid', 'accepting-refugees'], 'Hakimi Part IV.C', 'Relief helps the population but does not by itself lessen the risk.'),
  },

  treaties: {
    /** When the scenario does not list the Genocide Convention, every state is taken to be a party. */
    genocideConventionAssumed: p(true, 'Genocide Convention (153 parties); Reservations to the Genocide Convention, Advisory Opinion, I.C.J. Reports 1951, p. 15, at 23', 'Participation is near universal; a scenario that wants a non-party lists the treaty with its parties.'),
  },

  /** Measures in an adopted Council draft that place a presence under the Council's authority (Behrami). */
  councilAuthorisation: p<readonly Measure[]>(['peace-operation', 'authorisation-of-force'], 'Behrami ¶¶5-7, 123-127', 'A force or administration mandated by the Council acts under UN authority, not as the state\'s own governmental authority.'),

  /** When a judge overrides a finding to "holds" and the engine computed no intensity, this intensity is used. */
  overrideIntensity: p(0.5, 'docs/design.md §1.6 (presiding judge)', 'A judge who finds a breach the engine did not gives it middle weight; the written reason explains it.'),

  /** Exposure bands (lower bounds, exposure 0-100). */
  bands: {
    low: p(0.1, 'docs/law.md, "Exposure"', 'Anything above zero (after rounding) is at least low.'),
    moderate: p(15, 'docs/law.md, "Exposure"', 'About one open question on an established duty, or one emerging finding at partial weight.'),
    high: p(40, 'docs/law.md, "Exposure"', 'A full finding on an emerging duty, or aid with knowledge.'),
    veryHigh: p(70, 'docs/law.md, "Exposure"', 'Perpetration, or several findings that together approach it.'),
  },

  presentation: {
    maxFactsInReasoning: p(8, 'docs/law.md, "Reading a judgment"', 'The reasoning lists the first facts of each element; the full list is in the trace and the evidence references.'),
  },

  /** Points and exposure are reported to this many decimals. */
  decimals: p(1, 'docs/law.md, "Exposure"', 'One decimal: precise enough to order states, coarse enough to read.'),
} as const;

export type ExposureBand = 'none' | 'low' | 'moderate' | 'high' | 'very-high';

/** Flattens the tree for docs/law.md: one row per parameter. */
export function parameterTable(): { name: string; value: string; reference: string; justification: string }[] {
  const rows: { name: string; value: string; reference: string; justification: string }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node && typeof node === 'object' && 'value' in node && 'reference' in node && 'justification' in node) {
      const param = node as Parameter<unknown>;
      rows.push({ name: path, value: Array.isArray(param.value) ? param.value.join(', ') : String(param.value), reference: param.reference, justification: param.justification });
      return;
    }
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(PARAMETERS, '');
  return rows;
}
