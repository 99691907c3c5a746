import type { Scenario } from '../../src/core/scenario/schema';
import type { SessionConfig, SessionState } from '../../src/core/session';
import type { ExposureReportLike } from '../../src/core/transcript';
import { Driver, loadFixture } from './session';

/**
 * A scripted two-round session on the transcript fixture (test/fixtures/transcript/), touching
 * every part of the record: statements, private messages, a D2R agreement and an act contrary to
 * it, a veto with its explanation, a failed Council referral and the veto-initiative debate, a
 * second veto with a successful referral and an emergency special session, conduct, injects, a
 * pause, the facilitator acting for a seat, memorials, an override and the judgment.
 */
export const TRANSCRIPT_FIXTURE = 'transcript/marun-transcript.yaml';

export function transcriptConfig(scenario: Scenario): SessionConfig {
  const council = [...scenario.council.permanent, ...scenario.council.elected];
  const codes = [...new Set([...council, 'TSY', 'SRB'])];
  const human = new Set(['FRA', 'SRB']);
  return {
    scenarioId: scenario.id,
    seed: 7,
    mode: 'classroom',
    difficulty: 'realistic',
    seats: [
      { id: 'chair', kind: 'facilitator', state: null, name: 'Prof. Adeyemi' },
      ...codes.map((code) => ({
        id: code.toLowerCase(),
        kind: human.has(code) ? ('human' as const) : ('ai' as const),
        state: code,
      })),
    ],
  };
}

const coach = (says: string, note: string) => ({ ai: { says, coach: note } });

export function scriptedTranscriptSession(): { scenario: Scenario; driver: Driver } {
  const scenario = loadFixture(TRANSCRIPT_FIXTURE);
  const d = new Driver(scenario, transcriptConfig(scenario));
  const everyone = (yes: string[], no: string[]) => {
    const council = [...scenario.council.permanent, ...scenario.council.elected];
    return { yes, no, abstain: council.filter((c) => !yes.includes(c) && !no.includes(c)) };
  };

  // Round 1
  d.do('chair', { type: 'session.start' }).advance(); // briefing → round 1, crisis update
  d.advance(); // negotiation
  d.do('fra', {
    type: 'statement.public',
    text: 'France calls for an independent commission of inquiry into the clearances in the Marun Valley.',
  });
  d.do('fra', {
    type: 'message.private',
    to: 'RUS',
    text: 'FRA-RUS-1: Would Russia abstain on a text limited to a commission of inquiry?',
  });
  d.do(
    'rus',
    { type: 'message.private', to: 'FRA', text: 'RUS-FRA-1: Not if it mentions sanctions.' },
    coach(
      'Russia keeps the door open.',
      'Russia protects its client but signals room on an inquiry.',
    ),
  );
  d.do('usa', {
    type: 'message.private',
    to: 'KEN',
    text: 'USA-KEN-1: We can fund your refugee camps if you co-sponsor.',
  });
  d.do(
    'ken',
    { type: 'message.private', to: 'USA', text: 'KEN-USA-1: Kenya needs the funding first.' },
    coach('Kenya asks for support.', 'Kenya trades its vote for humanitarian funding.'),
  );
  d.do('fra', {
    type: 'd2r.propose',
    agreementId: 'fra-srb',
    to: 'SRB',
    clauses: [
      { kind: 'no-arms-transfers', perpetrator: 'iron-hand' },
      { kind: 'monitoring-and-reporting' },
    ],
    durationRounds: 2,
    note: 'A first step towards cutting off the militia.',
  });
  d.do('srb', {
    type: 'd2r.counter',
    agreementId: 'fra-srb',
    clauses: [{ kind: 'no-arms-transfers', perpetrator: 'iron-hand' }],
  });
  // Serbia's counter is its consent; France's signature concludes the agreement.
  d.do('fra', { type: 'd2r.sign', agreementId: 'fra-srb' });
  d.do('chair', { type: 'session.pause' });
  d.do('chair', { type: 'session.resume' });
  // A draft's life: France circulates a zero draft, Russia asks for sanctions to go (declined),
  // Ireland for a reference in the preamble (accepted: rev.1), and France puts it in blue.
  d.do('fra', {
    type: 'draft.circulate',
    draftId: 'd1',
    title: 'Commission of inquiry and targeted sanctions on Tessaly',
    measures: ['commission-of-inquiry', 'sanctions'],
    operativeParagraphs: [
      'Decides to establish an independent international commission of inquiry.',
      'Decides that all Member States shall freeze the assets of the commanders named in the annex.',
    ],
    preamble: [],
    chapter: 'VII',
  });
  const circulated = d.state.log.at(-1)!.seq;
  d.do(
    'rus',
    { type: 'draft.requestChange', draftId: 'd1', change: { kind: 'drop-measure', measure: 'sanctions' }, note: 'Without sanctions Russia could let an inquiry pass.' },
    coach('Russia asks for sanctions to go.', 'Russia puts an alternative on the record before any vote.'),
  );
  d.do('irl', { type: 'draft.requestChange', draftId: 'd1', change: { kind: 'add-reference', text: 'Recalling its resolution 2417 (2018)' } });
  d.do('fra', { type: 'draft.answerRequest', draftId: 'd1', requestSeq: circulated + 1, answer: 'decline', reason: 'Targeted sanctions are the core of the text.' });
  d.do('fra', { type: 'draft.answerRequest', draftId: 'd1', requestSeq: circulated + 2, answer: 'accept' });
  d.advance(); // council
  d.do('fra', { type: 'draft.putInBlue', draftId: 'd1' });
  d.do('gbr', { type: 'draft.cosponsor', draftId: 'd1' });
  d.do(
    'rus',
    { type: 'veto.threaten', draftId: 'd1', visibility: 'private', to: 'FRA' },
    coach(
      'Russia cannot accept sanctions.',
      'A private threat lets Russia bargain without a public cost.',
    ),
  );
  d.do('fra', { type: 'vote.open', draftId: 'd1' });
  d.voteAll(
    everyone(['FRA', 'GBR', 'USA', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'], ['RUS']),
  );
  const b1 = d.state.ballots[0]!.id;
  d.do(
    'rus',
    {
      type: 'vote.explain',
      ballotId: b1,
      text: 'Sanctions would only harden positions; Russia proposes dialogue instead.',
    },
    coach(
      'Dialogue, not sanctions.',
      'The veto protects an arms client; the explanation offers no real alternative.',
    ),
  );
  d.do('fra', {
    type: 'vote.explain',
    ballotId: b1,
    text: 'France deeply regrets that one permanent member has blocked the Council again.',
  });
  d.advance(); // Uniting for Peace
  d.do('fra', { type: 'ufp.propose-referral', draftId: 'd1' });
  d.voteAll(everyone(['FRA', 'GBR', 'USA', 'IRL', 'JPN', 'NOR', 'MEX', 'KEN'], ['RUS', 'CHN']));
  d.advance(); // veto-initiative debate
  d.do('rus', {
    type: 'vetoInitiative.speak',
    text: 'Russia used its veto responsibly to prevent an escalation.',
  });
  d.do('fra', {
    type: 'vetoInitiative.speak',
    text: 'The veto should never shield those who commit atrocities.',
  });
  d.advance(); // conduct
  d.do('srb', {
    type: 'conduct.act',
    kind: 'arms-transfer',
    target: 'iron-hand',
    scale: 'substantial',
    note: 'Rifles through the northern pass.',
  });
  d.do(
    'rus',
    { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'limited' },
    coach(
      'Contracts are honoured.',
      'Shipping arms while reports are on the record risks art. 16.',
    ),
  );
  d.do('usa', { type: 'conduct.act', kind: 'sanctions', target: 'TSY', scale: 'substantial' });
  d.do(
    'chair',
    { type: 'conduct.act', kind: 'accepting-refugees', scale: 'substantial' },
    { actingFor: 'ken' },
  );
  d.do('fra', { type: 'conduct.done' });
  d.advance(); // round 2, crisis update

  // Round 2
  d.do('chair', { type: 'inject.fire', injectId: 'convoy-attack' });
  d.advance(); // negotiation
  d.do(
    'tsy',
    {
      type: 'statement.public',
      text: 'Tessaly rejects these fabrications; its forces fight terrorists.',
    },
    coach('Denial.', 'The territorial state denies everything, as its brief says.'),
  );
  d.do('srb', {
    type: 'message.private',
    to: 'FRA',
    text: 'SRB-FRA-1: The shipment was a mistake; it will not happen again.',
  });
  d.advance(); // council
  d.do('usa', {
    type: 'draft.table',
    draftId: 'd2',
    forum: 'council',
    title: 'Arms embargo and humanitarian access',
    measures: ['arms-embargo', 'humanitarian-access'],
    operativeParagraphs: [
      'Decides that all States shall prevent the supply of arms to the Republic of Tessaly.',
      'Demands unhindered humanitarian access to the Marun Valley.',
    ],
    chapter: 'VII',
  });
  d.do('rus', { type: 'veto.threaten', draftId: 'd2', visibility: 'public' });
  d.do('chair', { type: 'vote.open', draftId: 'd2' });
  d.voteAll(
    everyone(
      ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR', 'ARE'],
      ['RUS', 'CHN'],
    ),
  );
  const b2 = d.state.ballots[d.state.ballots.length - 1]!.id;
  d.do('chn', {
    type: 'vote.explain',
    ballotId: b2,
    text: 'China opposes interference in the internal affairs of Tessaly.',
  });
  d.advance(); // Uniting for Peace
  d.do('gbr', { type: 'ufp.propose-referral', draftId: 'd2' });
  d.voteAll(
    everyone(
      ['FRA', 'GBR', 'USA', 'ALB', 'IRL', 'JPN', 'NOR', 'MEX', 'KEN', 'GHA'],
      ['RUS', 'CHN'],
    ),
  );
  d.advance(); // emergency special session
  d.do('fra', {
    type: 'draft.table',
    draftId: 'd3',
    forum: 'assembly',
    title: 'The situation in the Marun Valley',
    measures: ['condemnation', 'arms-embargo'],
    operativeParagraphs: [
      'Condemns the attacks on the Marun minority.',
      'Recommends that all Member States refrain from supplying arms to the parties.',
    ],
    chapter: 'VII',
  });
  d.do('fra', { type: 'vote.open', draftId: 'd3' });
  const b3 = d.state.ballots[d.state.ballots.length - 1]!.id;
  const assemblyVotes: Record<string, 'yes' | 'no' | 'abstain'> = {
    FRA: 'yes',
    GBR: 'yes',
    USA: 'yes',
    ALB: 'yes',
    BRA: 'yes',
    GHA: 'yes',
    IRL: 'yes',
    JPN: 'yes',
    KEN: 'yes',
    MEX: 'yes',
    NOR: 'yes',
    ARE: 'abstain',
    IND: 'abstain',
    CHN: 'no',
    RUS: 'no',
    TSY: 'no',
    SRB: 'abstain',
  };
  for (const [code, vote] of Object.entries(assemblyVotes))
    d.do(code.toLowerCase(), { type: 'vote.cast', ballotId: b3, vote });
  d.do('srb', {
    type: 'vote.explain',
    ballotId: b3,
    text: 'Serbia abstained: it is already bound by its agreement with France.',
  });
  d.advance(); // conduct
  d.do('srb', { type: 'conduct.act', kind: 'humanitarian-aid', scale: 'limited' });
  d.do('fra', {
    type: 'conduct.act',
    kind: 'diplomatic-pressure',
    target: 'TSY',
    scale: 'substantial',
  });
  d.do(
    'rus',
    {
      type: 'conduct.act',
      kind: 'intelligence-sharing',
      target: 'tessaly-army',
      scale: 'substantial',
    },
    coach('Cooperation continues.', 'Intelligence after manifest evidence is aid with knowledge.'),
  );
  d.advance(); // adjudication

  // Adjudication
  d.do('rus', {
    type: 'memorial.file',
    arguments: [
      {
        argument: 'meaningful-alternative',
        duty: 'not-obstruct',
        text: 'Russia proposed dialogue under the Secretary-General.',
      },
      { argument: 'lack-of-knowledge', duty: 'respect', text: '' },
    ],
  });
  d.do('srb', {
    type: 'memorial.file',
    arguments: [
      { argument: 'support-not-substantial', duty: 'protect', text: 'A single shipment.' },
    ],
  });
  d.do('chair', {
    type: 'judgment.override',
    state: 'SRB',
    duty: 'd2r-agreement',
    holds: true,
    reason:
      'The shipment of rifles after signature is a plain breach; the later apology does not undo it.',
  });
  d.do('chair', { type: 'judgment.deliver' });
  return { scenario, driver: d };
}

/**
 * A fixed exposure report for the golden files: the transcript is tested against a report of the
 * law engine's shape (docs/design.md §5.2) that does not move when the engine's weights are tuned.
 */
export function fixedReport(state: SessionState): ExposureReportLike {
  const seqOf = (pred: (s: SessionState['log'][number]) => boolean) =>
    state.log.find(pred)?.seq ?? 0;
  const srbArms = seqOf(
    (e) => e.event.type === 'conduct.act' && e.by === 'srb' && e.event.kind === 'arms-transfer',
  );
  const rusArms = seqOf(
    (e) => e.event.type === 'conduct.act' && e.by === 'rus' && e.event.kind === 'arms-transfer',
  );
  const rusIntel = seqOf(
    (e) =>
      e.event.type === 'conduct.act' && e.by === 'rus' && e.event.kind === 'intelligence-sharing',
  );
  const veto1 = state.ballots[0]!.closedSeq!;
  const threat = seqOf(
    (e) => e.event.type === 'veto.threaten' && e.by === 'rus' && e.event.visibility === 'private',
  );
  const concluded = seqOf((e) => e.event.type === 'd2r.sign' && e.by === 'fra');
  return {
    scenario: 'marun-transcript',
    states: [
      {
        state: 'RUS',
        exposure: 62.5,
        band: 'high',
        findings: [
          {
            duty: 'respect',
            status: 'established',
            holds: 'holds',
            points: 40,
            basis: [{ authority: 'ARSIWA', pinpoint: 'art. 16 and cmts. 4-5' }],
            evidence: [
              `#${rusArms}`,
              `#${rusIntel}`,
              'scenario:relationships[0]',
              'scenario:evidence[1]',
            ],
            reasoning:
              'Russia shipped arms and shared intelligence with the Tessalian Army after credible findings were on the record: aid or assistance with knowledge of the circumstances.',
            defences: [
              {
                argument: 'lack-of-knowledge',
                accepted: false,
                why: 'A commission of inquiry had reported; the evidence was manifest by round 2.',
              },
            ],
          },
          {
            duty: 'not-obstruct',
            status: 'nascent',
            holds: 'holds',
            points: 22.5,
            basis: [
              { authority: "Hakimi, 39 Yale J. Int'l L. 247", pinpoint: 'Part IV.B.3' },
              { authority: 'GA res. 76/262', pinpoint: '¶1' },
            ],
            evidence: [`#${veto1}`, `#${threat}`],
            reasoning:
              'Two vetoes of protective drafts and a private threat, across fora, with no alternative measure pursued.',
            defences: [
              {
                argument: 'meaningful-alternative',
                accepted: false,
                why: 'Dialogue was proposed but never tabled.',
              },
            ],
          },
        ],
      },
      {
        state: 'SRB',
        exposure: 48,
        band: 'high',
        findings: [
          {
            duty: 'd2r-agreement',
            status: 'treaty',
            holds: 'does-not-hold',
            points: 0,
            basis: [{ authority: 'VCLT', pinpoint: 'art. 26' }],
            evidence: [`#${concluded}`, `#${srbArms}`],
            reasoning: 'The engine read the shipment as made before the agreement bound Serbia.',
            defences: [],
          },
          {
            duty: 'protect',
            status: 'emerging',
            holds: 'unknown',
            points: 12,
            basis: [{ authority: 'ICJ, Armed Activities', pinpoint: '¶¶173-178' }],
            evidence: ['scenario:relationships[1]', 'scenario:intelligence[0]'],
            reasoning: "Whether Serbia's support is substantial is left open by the record.",
            defences: [
              {
                argument: 'support-not-substantial',
                accepted: true,
                why: 'One shipment does not show that the militia survives by virtue of it.',
              },
            ],
          },
        ],
      },
      { state: 'FRA', exposure: 0, band: 'none', findings: [] },
      { state: 'USA', exposure: 3.5, band: 'low', findings: [] },
    ],
  };
}
