import { phraseOnce } from './memo';
import type { Citation } from './types';

/**
 * The authorities the law engine relies on: full citations a reader can look up, each with the
 * pinpoint and a short quotation of the text encoded. Every rule cites from here, so docs/law.md
 * and the judgment quote the same words.
 */

export const SOURCE = {
  hakimi: "M. Hakimi, Toward a Legal Theory on the Responsibility to Protect, 39 Yale J. Int'l L. 247 (2014)",
  d2r: 'R. López, The Duty to Refrain: A Theory of State Accomplice Liability for Grave Crimes, 97 Neb. L. Rev. 120 (2018)',
  arsiwa:
    'ILC, Articles on Responsibility of States for Internationally Wrongful Acts, annexed to GA res. 56/83 (12 Dec. 2001); text and commentaries in Yearbook of the International Law Commission 2001, vol. II, Part Two',
  armedActivities:
    'ICJ, Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v. Uganda), Judgment, I.C.J. Reports 2005, p. 168 (19 Dec. 2005)',
  bosnia:
    'ICJ, Application of the Convention on the Prevention and Punishment of the Crime of Genocide (Bosnia and Herzegovina v. Serbia and Montenegro), Judgment, I.C.J. Reports 2007, p. 43 (26 Feb. 2007)',
  cyprus: 'ECtHR [GC], Cyprus v. Turkey, no. 25781/94, ECHR 2001-IV (10 May 2001)',
  ilascu: 'ECtHR [GC], Ilaşcu and Others v. Moldova and Russia, no. 48787/99, ECHR 2004-VII (8 July 2004)',
  behrami:
    'ECtHR [GC], Behrami and Behrami v. France and Saramati v. France, Germany and Norway (dec.), nos. 71412/01 and 78166/01 (2 May 2007)',
  genocideConvention: 'Convention on the Prevention and Punishment of the Crime of Genocide, 9 Dec. 1948, 78 U.N.T.S. 277',
  vclt: 'Vienna Convention on the Law of Treaties, 23 May 1969, 1155 U.N.T.S. 331',
  iccpr: 'International Covenant on Civil and Political Rights, 16 Dec. 1966, 999 U.N.T.S. 171',
  icescr: 'International Covenant on Economic, Social and Cultural Rights, 16 Dec. 1966, 993 U.N.T.S. 3',
  worldSummit: '2005 World Summit Outcome, GA res. 60/1, UN Doc. A/RES/60/1 (24 Oct. 2005)',
  iciss: 'International Commission on Intervention and State Sovereignty, The Responsibility to Protect (Dec. 2001)',
  sg2009: 'UN Secretary-General, Implementing the Responsibility to Protect, UN Doc. A/63/677 (12 Jan. 2009)',
  vetoInitiative: 'GA res. 76/262, Standing mandate for a General Assembly debate when a veto is cast in the Security Council, UN Doc. A/RES/76/262 (26 Apr. 2022)',
  hagueRegulations:
    'Regulations Respecting the Laws and Customs of War on Land, annexed to Hague Convention (IV), 18 Oct. 1907, 36 Stat. 2277',
  tadic: 'ICTY Appeals Chamber, Prosecutor v. Tadić, Case No. IT-94-1-A and IT-94-1-Abis, Judgement in Sentencing Appeals (26 Jan. 2000)',
} as const;

function cite(authority: string, pinpoint: string, quote?: string): Citation {
  const c: Citation = quote === undefined ? { authority, pinpoint } : { authority, pinpoint, quote };
  // In a serialised trace a citation is its short form ("ARSIWA art. 16"); the finding's `basis`
  // carries the full citations, and the quotations are in docs/law.md and the duty modules.
  Object.defineProperty(c, 'toJSON', { value: () => shortCitation(c), enumerable: false });
  return c;
}

export const CITE = {
  // --- the seed (Hakimi) ---
  hakimiThesis: cite(
    SOURCE.hakimi,
    'Part IV, at 259',
    'responsibility for one or another duty should attach to the state or small handful of states that, because of their own conduct or relationships, have unique ties to the situation',
  ),
  hakimiCapacity: cite(
    SOURCE.hakimi,
    'Part IV.A.2, at 263-67 & nn.102-110',
    "grounding responsibility primarily in each state's positive capacity would be misguided",
  ),
  hakimiBearable: cite(
    SOURCE.hakimi,
    'Part IV.A.2, at 263-67 & n.110',
    'An outside state that cannot satisfy an R2P duty unless it abandons other, more important duties might have a more lenient R2P duty or be excused altogether from a particular duty.',
  ),
  hakimiIncapacityNoExcuse: cite(
    SOURCE.hakimi,
    'Part IV.A.2, at 263-67 & n.109',
    'treaty bodies are generally unsympathetic to the idea that a state is absolved of its human rights duties by virtue of its incapacity',
  ),
  hakimiStrictForAgents: cite(
    SOURCE.hakimi,
    'Part IV.A.2, at 263-67',
    "a state is strictly responsible for its agents' misconduct because it is expected to oversee its agents and ensure that they behave",
  ),
  hakimiRespect: cite(
    SOURCE.hakimi,
    'Part IV.B.1, at 267-69 & nn.117-118',
    'An assisting state would be responsible if its agents had something between the intent to commit atrocities and the knowledge that atrocities would be committed.',
  ),
  hakimiNoJustification: cite(
    SOURCE.hakimi,
    'Part IV.B.1, at 267-69',
    'Atrocities are, by definition, monstrous in kind or scale, so they cannot plausibly be justified by any countervailing interest.',
  ),
  hakimiProtect: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73',
    'An outside state might have these duties if it either exercises governmental authority over or substantially supports a third-party perpetrator.',
  ),
  hakimiNoAuthority: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.126-131',
    'duty-to-protect claims against states that exercise physical control without administrative authority have been unsuccessful',
  ),
  hakimiCapacityNotTrigger: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73',
    "the results suggest that the state's positive capacity does not trigger the duties",
  ),
  hakimiDiligence: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73',
    'The diligence that is due would depend on the circumstances but might entail taking economic, diplomatic, or criminal measures against the perpetrators, or putting in place standards or processes that inhibit atrocities.',
  ),
  hakimiStandBy: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.134-137',
    'Turkey propped up and supported the TRNC, so Turkey could not lawfully stand by in the face of the TRNC\'s violations.',
  ),
  hakimiBetweenStates: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.146-147',
    'Comparable relationships can also exist between two states. Consider France\'s extensive financial and military aid to the Rwandan regime that perpetrated genocide.',
  ),
  hakimiFranceRwanda: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.146-151',
    'even if France did not itself participate in genocide, its substantial support might have triggered an extraterritorial duty to protect',
  ),
  hakimiObstruct: cite(
    SOURCE.hakimi,
    'Part IV.B.3, at 273-76',
    'a state that obstructs one measure might be responsible only if it does not pursue a meaningful alternative, or only if it cannot justify its obstruction by a sufficiently weighty countervailing interest',
  ),
  hakimiNascent: cite(
    SOURCE.hakimi,
    'Part IV.B.3, at 273-76',
    'A duty not to obstruct is, at best, nascent in current practice and so lacks precise content.',
  ),
  hakimiVetoEvidence: cite(
    SOURCE.hakimi,
    'Part IV.B.3, at 273-76 & nn.156-160',
    'This conduct might be evidence of obstruction but is not dispositive. ... China and Russia used their vetoes on some Syria resolutions even as they allowed others to pass.',
  ),
  hakimiSyria: cite(
    SOURCE.hakimi,
    'Part IV.B.3, at 273-76 & nn.161-166',
    'Russia continued to ship military equipment to the regime after its atrocities were apparent. This broader pattern of behavior suggests that China might have acted obstructively and that Russia very likely did.',
  ),
  hakimiAssist: cite(
    SOURCE.hakimi,
    'Part IV.C, at 276-79',
    'an outside state might be responsible for not helping a population if the state contributed to the risk of atrocities breaking out, or if the state has a unique relationship with the population, such as one rooted in a colonial past',
  ),
  hakimiAssistCapacity: cite(
    SOURCE.hakimi,
    'Part IV.C, at 276-79',
    'positive capacity is an insufficient basis for assigning responsibility',
  ),
  hakimiAssistHurdles: cite(SOURCE.hakimi, 'Part IV.C, at 276-79', 'The hurdles to establishing an R2P duty to assist are substantial.'),
  hakimiCooperate: cite(
    SOURCE.hakimi,
    'Part IV.A.1, at 261-63',
    'any duty to cooperate is not yet functional. The ILC could not identify the level or kind of cooperation that is required of outside states.',
  ),
  d2rBilateral: cite(
    SOURCE.d2r,
    'abstract; Part VI.A ("Bilateral Agreements Prohibiting State Complicity in Grave Crimes")',
    'proposing novel ideas for more effective enforcement of D2R through bilateral agreements',
  ),

  // --- ARSIWA ---
  arsiwa2: cite(
    SOURCE.arsiwa,
    'art. 2',
    'There is an internationally wrongful act of a State when conduct consisting of an action or omission: (a) is attributable to the State under international law; and (b) constitutes a breach of an international obligation of the State.',
  ),
  arsiwa4: cite(SOURCE.arsiwa, 'art. 4(1)', 'The conduct of any State organ shall be considered an act of that State under international law'),
  arsiwa5: cite(
    SOURCE.arsiwa,
    'art. 5',
    'The conduct of a person or entity which is not an organ of the State under article 4 but which is empowered by the law of that State to exercise elements of the governmental authority shall be considered an act of the State',
  ),
  arsiwa8: cite(
    SOURCE.arsiwa,
    'art. 8',
    'The conduct of a person or group of persons shall be considered an act of a State under international law if the person or group of persons is in fact acting on the instructions of, or under the direction or control of, that State in carrying out the conduct.',
  ),
  arsiwa16: cite(
    SOURCE.arsiwa,
    'art. 16',
    'A State which aids or assists another State in the commission of an internationally wrongful act by the latter is internationally responsible for doing so if: (a) that State does so with knowledge of the circumstances of the internationally wrongful act',
  ),
  arsiwa16cmt4: cite(
    SOURCE.arsiwa,
    'art. 16, commentary para. (4)',
    'If the assisting or aiding State is unaware of the circumstances in which its aid or assistance is intended to be used by the other State, it bears no international responsibility.',
  ),
  arsiwa16cmt5: cite(
    SOURCE.arsiwa,
    'art. 16, commentary para. (5)',
    'the aid or assistance must be given with a view to facilitating the commission of the wrongful act, and must actually do so. ... There is no requirement that the aid or assistance should have been essential ...; it is sufficient if it contributed significantly to that act.',
  ),
  arsiwa26: cite(
    SOURCE.arsiwa,
    'art. 26',
    'Nothing in this chapter precludes the wrongfulness of any act of a State which is not in conformity with an obligation arising under a peremptory norm of general international law.',
  ),
  arsiwa40: cite(
    SOURCE.arsiwa,
    'art. 40(1)',
    'This chapter applies to the international responsibility which is entailed by a serious breach by a State of an obligation arising under a peremptory norm of general international law.',
  ),
  arsiwa41: cite(
    SOURCE.arsiwa,
    'art. 41(1)-(2)',
    'States shall cooperate to bring to an end through lawful means any serious breach within the meaning of article 40. ... No State shall ... render aid or assistance in maintaining that situation.',
  ),
  arsiwa41cmt3: cite(
    SOURCE.arsiwa,
    'art. 41, commentary para. (3)',
    'It may be open to question whether general international law at present prescribes a positive duty of cooperation, and paragraph 1 in that respect may reflect the progressive development of international law.',
  ),

  // --- cases ---
  armedActivities173: cite(
    SOURCE.armedActivities,
    '¶173',
    'the Ugandan armed forces in the DRC were not only stationed in particular locations but also ... had substituted their own authority for that of the Congolese Government',
  ),
  armedActivities178: cite(
    SOURCE.armedActivities,
    '¶178',
    'to protect the inhabitants of the occupied territory against acts of violence, and not to tolerate such violence by any third party',
  ),
  armedActivities179: cite(
    SOURCE.armedActivities,
    '¶179',
    'any lack of vigilance in preventing violations of human rights and international humanitarian law by other actors present in the occupied territory, including rebel groups acting on their own account',
  ),
  armedActivities301: cite(
    SOURCE.armedActivities,
    '¶301',
    'The Court cannot conclude that the absence of action by Zaire\'s Government against the rebel groups in the border area is tantamount to "tolerating" or "acquiescing" in their activities',
  ),
  cyprus77: cite(
    SOURCE.cyprus,
    '¶77',
    'its responsibility cannot be confined to the acts of its own soldiers or officials in northern Cyprus but must also be engaged by virtue of the acts of the local administration which survives by virtue of Turkish military and other support',
  ),
  cyprusPrivate: cite(SOURCE.cyprus, '¶¶80-81, 272, 324, 347-48, 376 (as cited in Hakimi n.130)'),
  hakimiCyprus: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.129-137',
    'the petitioners sought to hold Turkey responsible for not restraining private actors who committed abuses in northern Cyprus. The court declined to do so.',
  ),
  ilascu392: cite(
    SOURCE.ilascu,
    '¶392',
    'it survives by virtue of the military, economic, financial and political support given to it by the Russian Federation',
  ),
  ilascu393: cite(
    SOURCE.ilascu,
    '¶¶393-394',
    'a continuous and uninterrupted link of responsibility on the part of the Russian Federation',
  ),
  behrami: cite(SOURCE.behrami, '¶¶5-7, 123-127 (as cited in Hakimi nn.126-128)'),
  hakimiBehrami: cite(
    SOURCE.hakimi,
    'Part IV.B.2, at 269-73 & nn.126-128',
    'French troops were stationed in the area, but a U.N. organ administered it and was in charge of the demining effort. The court did not hold France responsible.',
  ),
  bosnia420: cite(
    SOURCE.bosnia,
    '¶420',
    "no reason to make any distinction of substance between 'complicity in genocide' ... and the 'aid or assistance' of a State ... within the meaning of ... Article 16",
  ),
  bosnia430: cite(
    SOURCE.bosnia,
    '¶430',
    'the capacity to influence effectively the action of persons likely to commit, or already committing, genocide. This capacity itself depends, among other things, on the geographical distance of the State concerned from the scene of the events, and on the strength of the political links, as well as links of all other kinds',
  ),
  bosnia430Conduct: cite(
    SOURCE.bosnia,
    '¶430',
    'the obligation in question is one of conduct and not one of result ... the obligation of States parties is rather to employ all means reasonably available to them, so as to prevent genocide so far as possible',
  ),
  bosnia430Futility: cite(
    SOURCE.bosnia,
    '¶430',
    'it is irrelevant whether the State whose responsibility is in issue claims, or even proves, that even if it had employed all means reasonably at its disposal, they would not have sufficed to prevent the commission of genocide',
  ),
  bosnia431: cite(
    SOURCE.bosnia,
    '¶431',
    'a State\'s obligation to prevent, and the corresponding duty to act, arise at the instant that the State learns of, or should normally have learned of, the existence of a serious risk that genocide will be committed',
  ),
  bosnia431Analogy: cite(
    SOURCE.bosnia,
    '¶431, applied by analogy outside genocide (the Court confined its reasoning to the Genocide Convention, ¶429)',
    'the corresponding duty to act, arise[s] at the instant that the State learns of, or should normally have learned of, the existence of a serious risk',
  ),
  bosnia438: cite(
    SOURCE.bosnia,
    '¶438',
    'In view of their undeniable influence and of the information, voicing serious concern, in their possession, the Yugoslav federal authorities should ... have made the best efforts within their power to try and prevent the tragic events',
  ),

  // --- treaties and instruments ---
  genocideArt1: cite(
    SOURCE.genocideConvention,
    'art. I',
    'genocide, whether committed in time of peace or in time of war, is a crime under international law which they undertake to prevent and to punish',
  ),
  vclt26: cite(SOURCE.vclt, 'art. 26', 'Every treaty in force is binding upon the parties to it and must be performed by them in good faith.'),
  vclt28: cite(
    SOURCE.vclt,
    'art. 28',
    'its provisions do not bind a party in relation to any act or fact which took place ... before the date of the entry into force of the treaty with respect to that party',
  ),
  iccpr2: cite(
    SOURCE.iccpr,
    'art. 2(1)',
    'to respect and to ensure to all individuals within its territory and subject to its jurisdiction the rights recognized in the present Covenant',
  ),
  icescr2: cite(
    SOURCE.icescr,
    'art. 2(1)',
    'to take steps, individually and through international assistance and co-operation, especially economic and technical, to the maximum of its available resources',
  ),
  worldSummit138: cite(
    SOURCE.worldSummit,
    '¶138',
    'Each individual State has the responsibility to protect its populations from genocide, war crimes, ethnic cleansing and crimes against humanity.',
  ),
  iciss621: cite(
    SOURCE.iciss,
    '¶6.21',
    'a permanent member, in matters where its vital national interests were not claimed to be involved, would not use its veto to obstruct the passage of what would otherwise be a majority resolution',
  ),
  sg2009para61: cite(
    SOURCE.sg2009,
    '¶61',
    'to refrain from employing or threatening to employ the veto in situations of manifest failure to meet obligations relating to the responsibility to protect',
  ),
  ga76262: cite(
    SOURCE.vetoInitiative,
    '¶1',
    'the President of the General Assembly shall convene a formal meeting of the General Assembly within 10 working days of the casting of a veto by one or more permanent members of the Security Council',
  ),
  hague42: cite(
    SOURCE.hagueRegulations,
    'art. 42',
    'Territory is considered occupied when it is actually placed under the authority of the hostile army.',
  ),
  tadic69: cite(
    SOURCE.tadic,
    '¶69',
    'there is in law no distinction between the seriousness of a crime against humanity and that of a war crime',
  ),
} as const satisfies Record<string, Citation>;

/** The basis entries of the report carry only authority and pinpoint (docs/design.md §5.2). */
export function basisOf(citations: readonly Citation[]): { authority: string; pinpoint: string }[] {
  const seen = new Map<string, Set<string>>();
  const out: { authority: string; pinpoint: string }[] = [];
  for (const c of new Set(citations)) {
    let pinpoints = seen.get(c.authority);
    if (!pinpoints) seen.set(c.authority, (pinpoints = new Set()));
    if (pinpoints.has(c.pinpoint)) continue;
    pinpoints.add(c.pinpoint);
    out.push({ authority: c.authority, pinpoint: c.pinpoint });
  }
  return out;
}

const SHORT_NAMES: readonly [string, string][] = [
  [SOURCE.hakimi, 'Hakimi, Toward a Legal Theory on the Responsibility to Protect,'],
  [SOURCE.d2r, 'López, The Duty to Refrain,'],
  [SOURCE.arsiwa, 'ARSIWA'],
  [SOURCE.armedActivities, 'Armed Activities (DRC v. Uganda)'],
  [SOURCE.bosnia, 'Bosnia v. Serbia'],
  [SOURCE.cyprus, 'Cyprus v. Turkey'],
  [SOURCE.ilascu, 'Ilaşcu v. Moldova and Russia'],
  [SOURCE.behrami, 'Behrami v. France'],
  [SOURCE.genocideConvention, 'Genocide Convention'],
  [SOURCE.vclt, 'VCLT'],
  [SOURCE.iccpr, 'ICCPR'],
  [SOURCE.icescr, 'ICESCR'],
  [SOURCE.worldSummit, 'World Summit Outcome'],
  [SOURCE.iciss, 'ICISS Report'],
  [SOURCE.sg2009, 'A/63/677'],
  [SOURCE.vetoInitiative, 'GA res. 76/262'],
  [SOURCE.hagueRegulations, 'Hague Regulations'],
  [SOURCE.tadic, 'Tadić (Sentencing Appeals)'],
];

/** A short name for running text ("ARSIWA art. 16"); the full citation is in `basis`. */
const SHORT_NAME = new Map<string, string>(SHORT_NAMES);

export function shortCitation(c: { authority: string; pinpoint: string }): string {
  return shortCitationOnce(c, null);
}
const shortCitationOnce = phraseOnce((c: { authority: string; pinpoint: string }) => `${SHORT_NAME.get(c.authority) ?? c.authority} ${c.pinpoint}`);
