import { evidenceLabel, VOTE_LETTERS, bandLabel } from './vocabulary-labels';
import { perpetratorKindLabel } from '../session/labels';
import type { Transcript, TranscriptBallot, TranscriptEntry, TranscriptSeatRubric } from './transcript-schema';
import {
  SECTION_TITLES,
  agreementPartiesWords,
  agreementStatusLine,
  assemblyGroups,
  councilGroups,
  ballotHeading,
  ballotWords,
  agreementWithWords,
  dutyWords,
  draftWords,
  draftLifeLines,
  draftLifeOutcome,
  draftStatus,
  exposureWords,
  findingHeading,
  formatDateTime,
  formatNumber,
  formatTime,
  judgmentLayout,
  nameOf,
  namesOf,
  overrideWords,
  perpetratorName,
  perspectiveNote,
  perspectiveTitle,
  phaseTitle,
  printedEvidence,
  proceedingsItems,
  rankingRows,
  resultWord,
  sectionsOf,
  tallyLine,
  ufpStatusWords,
  type ProceedingsItem,
  type SectionKey,
  whatIfLines,
  WHAT_IF_HEADING,
  rollCallStartName,
  namesInText,
  clauseTitle,
  negotiationStepWords,
} from './text';
import { COMMITMENT_WORDS, DEBRIEF_TITLES, DRAFTS_NEGOTIATED_TITLE, QUIET_TITLE, RUBRIC_NOTE, debriefOf, rubricScoreWords } from './debrief';

/**
 * The transcript as Markdown (CommonMark with GitHub tables). Record entries carry an HTML anchor
 * `seq-N`, and the judgment's evidence links to them, so "#12" is one click away on any viewer
 * that keeps inline HTML anchors.
 */
export interface MarkdownOptions {
  /** The full record after the first part (default true); false prints the first part alone. */
  appendix?: boolean;
}

export function renderMarkdown(t: Transcript, options: MarkdownOptions = {}): string {
  const appendix = options.appendix ?? true;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(`# Debrief transcript: ${inline(t.scenario.title)}`, '');
  push(`**${perspectiveTitle(t)}.** ${inline(perspectiveNote(t))}`, '');
  push('| | |', '|---|---|');
  push(
    `| Scenario | ${cell(t.scenario.title)} (\`${t.scenario.id}\`, ${t.scenario.kind}${t.scenario.year ? `, ${t.scenario.year}` : ''}) |`,
  );
  push(
    `| Session | ${t.session.mode} mode, ${t.session.difficulty} AI${t.session.seed !== null ? `, seed ${t.session.seed}` : ''} |`,
  );
  push(
    `| Record | ${t.session.entries} entries, ${formatDateTime(t.session.startedAt)} to ${formatDateTime(t.session.lastEntryAt)} |`,
  );
  if (t.session.verification) push(`| Verification | ${cell(t.session.verification.summary)} |`);
  push(
    `| Rounds | ${t.session.roundsPlayed} of ${t.session.roundsPlanned} played; ${t.session.ended ? 'judgment delivered' : `the session is in the ${t.session.phase} phase`} |`,
  );
  push('');
  const keys = appendix ? sectionsOf(t) : [];
  push('## Contents', '');
  push(`1. [${DEBRIEF_TITLES.class}](#debrief-class)`);
  push(`2. [${DEBRIEF_TITLES.delegations}](#debrief-delegations)`);
  const rubric = t.rubric ?? [];
  if (rubric.length > 0) push(`3. [${DEBRIEF_TITLES.rubric}](#debrief-rubric)`);
  if (appendix) {
    push(`${rubric.length > 0 ? 4 : 3}. [${DEBRIEF_TITLES.appendix}](#appendix)`);
    keys.forEach((key, i) => push(`   ${i + 1}. [${SECTION_TITLES[key]}](#${anchorOf(key)})`));
  }
  push('');
  debriefMarkdown(t, push, appendix ? seqLink : (seq) => `#${seq}`);
  if (rubric.length > 0) rubricMarkdown(rubric, push, appendix ? seqLink : (seq) => `#${seq}`);
  if (appendix) {
    push('<a id="appendix"></a>', '', `# ${DEBRIEF_TITLES.appendix}`, '');
    push(
      'Every entry of the record, every vote member by member, every finding with its reasoning and authorities, and every coach note.',
      '',
    );
  } else
    push(
      `*${DEBRIEF_TITLES.appendix} left out of this export: export again with the appendix for every entry, vote and finding in full.*`,
      '',
    );
  for (const key of keys) {
    push(`<a id="${anchorOf(key)}"></a>`, '', `## ${SECTION_TITLES[key]}`, '');
    SECTION_RENDERERS[key](t, push);
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

type Push = (...lines: string[]) => void;

function anchorOf(key: SectionKey): string {
  return `section-${key}`;
}

const SECTION_RENDERERS: Record<SectionKey, (t: Transcript, push: Push) => void> = {
  crisis: (t, push) => {
    const c = t.scenario.crisis;
    push(inline(t.scenario.summary), '', inline(c.description), '');
    push(`- **Territorial state:** ${inline(c.territorialStateName)}`);
    push(`- **Population at risk:** ${inline(c.atRiskPopulation)}`);
    push(`- **Atrocity crimes:** ${c.atrocityTypes.map((a) => a.replace(/-/g, ' ')).join(', ')}`);
    push(
      `- **Perpetrators:** ${c.perpetrators.map((p) => `${inline(p.name)} (${p.kind === 'government' ? `government${p.state ? `, ${inline(nameOf(t, p.state))}` : ''}` : perpetratorKindLabel(p.kind)})`).join('; ')}`,
    );
    push(
      `- **Security Council:** permanent ${namesOf(t, t.scenario.council.permanent)}; elected ${namesOf(t, t.scenario.council.elected)}`,
    );
    push('');
    if (t.scenario.relationships.length > 0) {
      push(
        '### Relationships',
        '',
        '| From | Relationship | To | Rounds | Note |',
        '|---|---|---|---|---|',
      );
      for (const r of t.scenario.relationships) {
        push(
          `| ${cell(nameOf(t, r.from))} | ${r.kind.replace(/-/g, ' ')} | ${cell(r.toName)} | ${r.fromRound}${r.untilRound ? `–${r.untilRound}` : '+'} | ${cell(r.note ?? '')} |`,
        );
      }
      push('');
    }
    const notes = t.scenario.teachingNotes;
    if (notes) {
      push(
        '### Teaching notes',
        '',
        '**Objectives**',
        '',
        ...notes.objectives.map((o) => `- ${inline(o)}`),
        '',
      );
      if (notes.discussionQuestions.length > 0)
        push(
          '**Discussion questions**',
          '',
          ...notes.discussionQuestions.map((q) => `- ${inline(q)}`),
          '',
        );
      if (notes.sources.length > 0)
        push('**Sources**', '', ...notes.sources.map((s) => `- ${inline(s)}`), '');
    }
  },
  delegations: (t, push) => {
    push('| State | Code | Council | Regional group | Seat |', '|---|---|---|---|---|');
    for (const s of t.states) {
      const council = s.permanent ? 'permanent member' : s.councilMember ? 'elected member' : '—';
      const seat = s.seat
        ? `${s.seat.kind === 'ai' ? 'AI delegate' : 'human'} (\`${s.seat.id}\`${s.seat.name ? `, ${cell(s.seat.name)}` : ''})`
        : '— (Assembly default position)';
      push(`| ${cell(s.name)} | ${s.code} | ${council} | ${s.regionalGroup ?? '—'} | ${seat} |`);
    }
    push('');
  },
  briefs: (t, push) => {
    for (const b of t.briefs) {
      push(`### Confidential: ${inline(b.stateName)}`, '', inline(b.summary), '');
      if (b.interests.length > 0)
        push('**Interests**', '', ...b.interests.map((x) => `- ${inline(x)}`), '');
      if (b.redLines.length > 0)
        push('**Red lines**', '', ...b.redLines.map((x) => `- ${inline(x)}`), '');
      if (b.objectives.length > 0)
        push('**Objectives**', '', ...b.objectives.map((x) => `- ${inline(x)}`), '');
    }
  },
  evidence: (t, push) => {
    if (t.evidence.length === 0) push('No evidence of atrocities reached the record.', '');
    else {
      push('| Round | Level | What the world saw | Source |', '|---|---|---|---|');
      for (const e of t.evidence)
        push(
          `| ${e.round} | ${evidenceLabel(e.level)} | ${cell(e.note)} | ${e.source === 'inject' ? `inject${e.seq ? ` (${seqLink(e.seq)})` : ''}` : 'scenario'} |`,
        );
      push('');
    }
    if (t.intelligence.length > 0) {
      push(
        '**Intelligence (confidential to its recipients)**',
        '',
        '| Round | To | Level | Note |',
        '|---|---|---|---|',
      );
      for (const i of t.intelligence)
        push(
          `| ${i.round} | ${cell(namesOf(t, i.recipients))} | ${evidenceLabel(i.level)} | ${cell(i.note)} |`,
        );
      push('');
    }
  },
  glance: (t, push) => {
    push('| Round | Evidence | Phases (entries) | Events |', '|---|---|---|---|');
    for (const r of t.rounds) {
      const phases = r.phases.map((p) => `${p.title} (${p.entries})`).join(', ');
      const markers = r.markers
        .map((m) => `${m.seq ? `${seqLink(m.seq)} ` : ''}${cell(m.label)}`)
        .join('; ');
      push(
        `| ${r.round} | ${evidenceLabel(r.evidenceLevel)} | ${cell(phases)} | ${markers || '—'} |`,
      );
    }
    push('');
  },
  proceedings: (t, push) => {
    push(
      'Every entry of the record in order, under its round and phase. Individual votes are listed under [Votes](#section-votes).',
      '',
    );
    for (const section of t.proceedings) {
      push(`### ${inline(section.title)}`, '');
      if (section.opening.length > 0) {
        push(...section.opening.map((line) => `> - ${inline(line)}`), '');
      }
      for (const phase of section.phases) {
        push(
          `#### ${inline(section.round ? `Round ${section.round}: ${phase.title}` : phase.title)}`,
          '',
        );
        for (const item of proceedingsItems(phase.entries)) {
          if (item.kind === 'entry') renderEntry(item.entry, push);
          else renderVotes(t, item, push);
        }
        push('');
      }
    }
  },
  drafts: (t, push) => {
    for (const d of t.drafts) {
      push(`### Draft "${inline(d.title)}"`, '');
      push(
        `- **Forum:** ${d.forum === 'council' ? `Security Council, Chapter ${d.chapter}` : 'General Assembly (emergency special session)'}`,
      );
      push(`- **Sponsors:** ${namesOf(t, d.sponsors)}`);
      push(`- **Measures:** ${d.measures.map((m) => m.label).join(', ')}`);
      push(`- **Tabled:** round ${d.round} (${seqLink(d.tabledSeq)})`);
      push(
        `- **Outcome:** ${draftStatus(d.status)}${d.ballotIds.length ? ` (${d.ballotIds.map((id) => `[${inline(ballotWords(t, id))}](#${id})`).join(', ')})` : ''}`,
        '',
      );
      if (d.circulation && d.circulation.preamble.length > 0)
        push('*Preamble*', '', ...d.circulation.preamble.map((r) => `> ${inline(r)},`), '');
      push(
        '*Operative paragraphs*',
        '',
        ...d.operativeParagraphs.map((p, i) => `${i + 1}. ${inline(p)}`),
        '',
      );
      if (d.circulation) {
        const c = d.circulation;
        push(
          `*Before it was tabled*: circulated as a zero draft in round ${c.round} (${seqLink(c.circulatedSeq)}); ${draftLifeOutcome(c)}${c.inBlueSeq !== null ? ` (${seqLink(c.inBlueSeq)})` : ''}.`,
          '',
        );
        const lines = draftLifeLines(t, c);
        if (lines.length > 0)
          push(...lines.map((l) => `- ${inline(l.text)} (${l.seqs.map(seqLink).join(', ')})`), '');
      }
    }
  },
  votes: (t, push) => {
    for (const b of t.ballots) renderBallot(t, b, push);
  },
  vetoes: (t, push) => {
    push('| Round | Draft | Vetoed by | Record | Explanation of vote |', '|---|---|---|---|---|');
    for (const v of t.vetoes) {
      const explanation =
        v.explanations.map((x) => `${nameOf(t, x.state)}: ${x.text}`).join(' / ') ||
        '(no explanation given)';
      push(
        `| ${v.round} | "${cell(v.draftTitle)}" | ${cell(namesOf(t, v.vetoedBy))} | ${seqLink(v.seq)} | ${cell(explanation)} |`,
      );
    }
    push('');
  },
  ufp: (t, push) => {
    const u = t.unitingForPeace;
    push(inline(ufpStatusWords(t)), '');
    if (u.openedBy)
      push(
        `- **Opened by:** the veto of ${inline(draftWords(t, u.openedBy.draftId))} by ${namesInText(t, u.openedBy.vetoedBy)} in round ${u.openedBy.round}. ${inline(u.openedBy.reason)}`,
      );
    if (u.referralBallotId) {
      const b = t.ballots.find((x) => x.id === u.referralBallotId);
      push(
        `- **Council referral (procedural, no veto):** [${inline(ballotWords(t, u.referralBallotId))}](#${u.referralBallotId})${b ? `: ${resultWord(t, b).toLowerCase()} (${b.tally ? `${b.tally.inFavour} in favour of ${b.tally.required} needed` : 'open'})` : ''}`,
      );
    }
    if (u.requests.length > 0) {
      push(
        `- **Requests of Members:** ${namesOf(t, u.requests)}, with ${u.deemedRequests} more deemed by their Assembly positions: ${u.requests.length + u.deemedRequests} of ${u.membership} (a majority is ${Math.floor(u.membership / 2) + 1}).`,
      );
    }
    for (const id of u.assemblyBallotIds) {
      const b = t.ballots.find((x) => x.id === id);
      if (!b || !b.tally) continue;
      push(
        `- **Emergency special session, [${inline(ballotWords(t, id))}](#${id}):** ${resultWord(t, b).toLowerCase()}: ${b.tally.inFavour} in favour, ${b.tally.against} against, ${b.tally.abstentions} abstaining; two thirds of ${b.tally.presentAndVoting} present and voting is ${b.tally.required}.`,
      );
    }
    push('');
  },
  vetoInitiative: (t, push) => {
    for (const d of t.vetoInitiative) {
      push(`### Debate on the veto of draft "${inline(d.draftTitle)}" (round ${d.round})`, '');
      push(
        `Convened under GA res. 76/262; ${namesInText(t, d.vetoedBy)}, as vetoing member${d.vetoedBy.length > 1 ? 's' : ''}, ${d.vetoedBy.length > 1 ? 'were' : 'was'} invited to speak first.`,
        '',
      );
      if (d.speeches.length === 0) push('No delegation spoke.', '');
      for (const s of d.speeches)
        push(`- ${seqLink(s.seq)} **${inline(nameOf(t, s.state))}:** ${inline(s.text)}`);
      push('');
    }
  },
  channels: (t, push) => {
    for (const c of t.channels) {
      push(
        `### ${inline(nameOf(t, c.parties[0]))} ↔ ${inline(nameOf(t, c.parties[1]))} (private)`,
        '',
      );
      for (const m of c.messages)
        push(
          `- ${seqLink(m.seq)} round ${m.round}, **${inline(nameOf(t, m.from))}:** ${inline(m.text)}`,
        );
      push('');
    }
  },
  agreements: (t, push) => {
    for (const a of t.agreements) {
      push(`### ${inline(a.title)}`, '');
      push(`- **Parties:** ${agreementPartiesWords(t, a.parties)}`);
      push(`- **Status:** ${inline(agreementStatusLine(t, a))}`);
      push(
        `- **Clauses:** ${a.clauses.map((c) => `${inline(c.title)}${c.perpetrator ? ` (${inline(perpetratorName(t, c.perpetrator))})` : ''}${c.article ? `, art. ${c.article}` : ''}`).join('; ')}`,
      );
      if (a.note) push(`- **Note:** ${inline(a.note)}`);
      push('');
      push(
        '*Text*',
        '',
        ...a.articles.map(
          (art) => `${art.number}. **${inline(art.heading)}.** ${inline(art.text)}`,
        ),
        '',
      );
      if (a.history.length > 0) {
        push('*Negotiation*', '');
        for (const h of a.history)
          push(
            `- ${seqLink(h.seq)} round ${h.round}: ${inline(negotiationStepWords(t, h))}`,
          );
        push('');
      }
      if (a.breaches.length > 0) {
        push('*Acts contrary to the agreement (VCLT art. 26)*', '');
        for (const b of a.breaches)
          push(
            `- ${seqLink(b.conductSeq)} round ${b.round}: ${inline(nameOf(t, b.state))}, contrary to the clause "${clauseTitle(b.clause)}"`,
          );
        push('');
      }
    }
  },
  conduct: (t, push) => {
    push(
      '| Entry | Round | State | Act | Target | Scale | Evidence then | Contrary to | Note |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const c of t.conduct) {
      push(
        `| ${seqLink(c.seq)} | ${c.round} | ${cell(nameOf(t, c.state))} | ${cell(c.label)} | ${cell(c.targetName ?? '—')} | ${c.scale} | ${evidenceLabel(c.evidenceAtTheTime)} | ${cell(c.contraryTo.map((id) => agreementWithWords(t, id, c.state)).join(', ')) || '—'} | ${cell(c.note ?? '')} |`,
      );
    }
    push('');
  },
  injects: (t, push) => {
    for (const i of t.injects) {
      push(
        `- ${i.seq ? `${seqLink(i.seq)} ` : ''}round ${i.round}, ${i.scheduled ? 'scheduled' : 'fired by the facilitator'}: **${inline(i.title)}.** ${inline(i.text)}${i.raisesEvidenceTo ? ` (evidence: ${evidenceLabel(i.raisesEvidenceTo)})` : ''}`,
      );
    }
    push('');
  },
  facilitator: (t, push) => {
    push('| Entry | Time | Round | Phase | Action |', '|---|---|---|---|---|');
    for (const f of t.facilitatorActions) {
      push(
        `| ${seqLink(f.seq)} | ${formatTime(f.at)} | ${f.round} | ${phaseTitle(f.phase)} | ${cell(f.label)}${f.actingFor ? ` (\`${f.action}\`)` : ''} |`,
      );
    }
    push('');
  },
  memorials: (t, push) => {
    for (const m of t.memorials) {
      push(`### ${inline(nameOf(t, m.state))} (${seqLink(m.seq)})`, '');
      if (m.arguments.length === 0) push('No argument pleaded.');
      for (const a of m.arguments)
        push(
          `- **${inline(a.label)}**${a.duty ? ` (against the finding on the ${dutyWords(a.duty)})` : ''}${a.text ? `: ${inline(a.text)}` : ''}`,
        );
      push('');
    }
  },
  judgment: (t, push) => {
    const j = t.judgment!;
    if (j.provisional)
      push(
        "*Provisional: the judgment has not been delivered; this is the law engine's assessment of the record so far.*",
        '',
      );
    else if (j.deliveredSeq)
      push(`Delivered by the presiding judge (${seqLink(j.deliveredSeq)}).`, '');
    push('### Exposure', '', '| Rank | State | Exposure | Band |', '|---|---|---|---|');
    for (const row of rankingRows(t))
      push(
        `| ${row.rank} | ${cell(row.names.join(', '))} | ${formatNumber(row.exposure)} | ${bandLabel(row.band)} |`,
      );
    push('');
    const layout = judgmentLayout(t);
    for (const s of layout.detailed) {
      push(`### ${inline(s.name)}: exposure ${exposureWords(s.exposure, s.band)}`, '');
      if (s.findings.length === 0) push('No duty engaged on this record.', '');
      for (const f of s.findings) {
        push(`#### ${inline(findingHeading(f))}`, '');
        push(
          `*${f.status} duty${f.informational ? ', informational only' : ''}; ${formatNumber(f.points)} points.*`,
          '',
        );
        push(inline(f.reasoning), '');
        if (f.basis.length > 0)
          push(
            '**Authority**',
            '',
            ...f.basis.map((b) => `- ${inline(b.authority)}, ${inline(b.pinpoint)}`),
            '',
          );
        if (f.evidence.length > 0) {
          const { shown, more } = printedEvidence(f.evidence);
          push(
            '**Evidence**',
            '',
            ...shown.map(
              (e) =>
                // A fact of the scenario is described in words; its position in the scenario file is no reader's business.
                `- ${e.seq !== null && e.inRecord ? `${seqLink(e.seq)}: ` : e.ref.startsWith('#') ? `\`${e.ref}\`: ` : ''}${inline(e.description)}`,
            ),
          );
          if (more > 0) push(`- …and ${more} more (all of them in the JSON export)`);
          push('');
        }
        if (f.defences.length > 0) {
          push(
            '**Defences**',
            '',
            ...f.defences.map(
              (d) =>
                `- ${inline(d.label)}: **${d.accepted ? 'accepted' : 'rejected'}**. ${inline(d.why)}`,
            ),
            '',
          );
        }
        const whatIf = whatIfLines(t, f);
        if (whatIf) push(`**${WHAT_IF_HEADING}**`, '', ...whatIf.map((l) => `- ${inline(l)}`), '');
        if (f.override)
          push(
            `> **Judge's override${f.override.seq ? ` (${seqLink(f.override.seq)})` : ''}.** ${inline(overrideWords(f.override))}`,
            '',
          );
      }
    }
    if (layout.summarised.length > 0) {
      push(
        '### States against which nothing was found',
        '',
        `No finding holds or is left open against ${layout.summarised.length === 1 ? 'this state' : `these ${layout.summarised.length} states`}; the duties examined are listed (the reasons are in the JSON export).`,
        '',
      );
      push('| State | Exposure | Duties examined |', '|---|---|---|');
      for (const s of layout.summarised)
        push(
          `| ${cell(s.name)} | ${formatNumber(s.exposure)} | ${cell(s.findings.map((f) => f.duty).join(', ') || '—')} |`,
        );
      push('');
    }
    if (j.overrides.length > 0) {
      push("### The presiding judge's overrides", '');
      for (const o of j.overrides)
        push(
          `- ${seqLink(o.seq)} ${inline(nameOf(t, o.state))}, ${dutyWords(o.duty)}: ${o.holds ? 'holds' : 'does not hold'}. ${inline(o.reason)}`,
        );
      push('');
    }
  },
  coach: (t, push) => {
    push("What the AI delegations' coaches say about their moves, for the debrief only.", '');
    for (const n of t.coachNotes) {
      push(
        `- ${seqLink(n.seq)} round ${n.round}, **${inline(nameOf(t, n.state))}** (\`${n.type}\`)${n.says ? `, said: "${inline(n.says)}"` : ''}`,
        `  - Coach: ${inline(n.coach)}`,
      );
    }
    push('');
  },
};

function renderVotes(
  t: Transcript,
  item: Extract<ProceedingsItem, { kind: 'votes' }>,
  push: Push,
): void {
  const range =
    item.first === item.last ? `**#${item.first}**` : `**#${item.first}–#${item.last}**`;
  const on = item.ballotIds.map((id) => `[${inline(ballotWords(t, id))}](#${id})`).join(', ');
  push(
    `- ${item.seqs.map((seq) => `<a id="seq-${seq}"></a>`).join('')}${range} ${item.count} vote${item.count === 1 ? '' : 's'} cast${on ? ` on ${on}` : ''} (member by member under [Votes](#section-votes)).`,
  );
  for (const effect of item.effects) push(`  - → ${inline(effect.text)}`);
}

function renderEntry(e: TranscriptEntry, push: Push): void {
  const marker = e.private ? ' *(confidential)*' : '';
  push(
    `- <a id="seq-${e.seq}"></a>**#${e.seq}** \`${formatTime(e.at)}\` ${inline(e.summary)}${marker}`,
  );
  if (e.text) push(...quoteLines(e.text));
  if (e.says && e.says !== e.text) push(`  - *Says:* ${inline(e.says)}`);
  for (const effect of e.effects) push(`  - → ${inline(effect.text)}`);
}

function renderBallot(t: Transcript, b: TranscriptBallot, push: Push): void {
  push(`<a id="${b.id}"></a>`, '', `### ${inline(ballotHeading(t, b))}`, '');
  push(
    `Opened ${seqLink(b.openedSeq)}${b.closedSeq ? `, closed ${seqLink(b.closedSeq)}` : ', not closed'}. **${resultWord(t, b)}.**`,
    '',
  );
  push(inline(tallyLine(b)), '');
  if (b.kind === 'assembly') {
    for (const group of assemblyGroups(b)) {
      push(
        `- **${group.title} (${group.members.length}):** ${group.members.map((m) => `${inline(m.name)}${m.defaulted ? '' : '\\*'}`).join(', ')}`,
      );
    }
    push(
      '',
      `\\* voted by a seated delegation; the others voted as the scenario's Assembly positions say.${b.rollCallStartsWith ? ` The roll call began with ${inline(rollCallStartName(t, b)!)}, drawn by lot (GA rules of procedure, rule 87(a)).` : ''}`,
      '',
    );
  } else {
    for (const group of councilGroups(b)) {
      const names = group.members.map((v) => `${inline(v.name)}${v.veto ? ' (**veto**)' : ''}`);
      push(
        `- **${VOTE_LETTERS[group.vote]} ${group.title} (${group.members.length}):** ${names.join(', ')}`,
      );
    }
    push('');
  }
  if (b.announcement) push(`> *The President:* "${inline(b.announcement)}"`, '');
  if (b.explanations.length > 0) {
    push(
      '*Explanations of vote*',
      '',
      ...b.explanations.map(
        (x) => `- ${seqLink(x.seq)} **${inline(nameOf(t, x.state))}:** ${inline(x.text)}`,
      ),
      '',
    );
  }
  if (b.authorities.length > 0)
    push(`<sub>${b.authorities.map((a) => inline(a)).join('; ')}</sub>`, '');
}

function seqLink(seq: number): string {
  return `[#${seq}](#seq-${seq})`;
}

/** The first part: the class's page, then a part per seated delegation (debriefOf). */
function debriefMarkdown(
  t: Transcript,
  push: (...lines: string[]) => void,
  link: (seq: number) => string,
): void {
  const d = debriefOf(t);
  push('<a id="debrief-class"></a>', '', `# ${DEBRIEF_TITLES.class}`, '');
  if (d.ranking.length > 0) {
    push('**Ranking by exposure**', '', '| Rank | State | Exposure | Band |', '|---|---|---|---|');
    for (const row of d.ranking)
      push(
        `| ${row.rank} | ${cell(row.names.join(', '))} | ${formatNumber(row.exposure)} | ${bandLabel(row.band)} |`,
      );
    push('');
  } else push('No judgment yet: the ranking comes with it.', '');
  push('**Turning points of the record**', '');
  if (d.turningPoints.length === 0)
    push('None: no veto, adoption, agreement, breach or emergency special session.', '');
  else
    push(
      ...d.turningPoints.map(
        (p) => `- Round ${p.round}: ${inline(p.label)}${p.seq ? ` (${link(p.seq)})` : ''}`,
      ),
      '',
    );
  push('**The votes that mattered**', '');
  if (d.votesThatMattered.length === 0) push('No vote decided anything.', '');
  else
    push(
      ...d.votesThatMattered.map(
        (v) => `- ${inline(v.heading)}: ${inline(v.result)}. ${inline(v.tally)}`,
      ),
      '',
    );
  if (d.draftsNegotiated.length > 0) {
    push(`**${DRAFTS_NEGOTIATED_TITLE}**`, '');
    for (const draft of d.draftsNegotiated)
      push(
        `- ${inline(draft.heading)}`,
        ...draft.lines.map((l) => `  - ${inline(l.text)} (${l.seqs.map(link).join(', ')})`),
      );
    push('');
  }
  push('<a id="debrief-delegations"></a>', '', `# ${DEBRIEF_TITLES.delegations}`, '');
  for (const g of d.delegations) {
    push(
      `## ${inline(g.name)}`,
      '',
      `*Played by ${g.playedBy === 'ai' ? 'an AI delegation' : 'students'}; exposure ${g.exposure}.*`,
      '',
    );
    if (g.findings.length > 0) {
      push('**Findings**', '');
      for (const f of g.findings) {
        push(
          `- ${inline(f.heading)} (${formatNumber(f.points)} points${f.overridden ? ', overridden by the presiding judge' : ''})`,
        );
        for (const w of f.whatIf) push(`  - ${WHAT_IF_HEADING}: ${inline(w)}`);
      }
      push('');
    } else push('Nothing found against it.', '');
    if (g.commitments.length > 0)
      push(
        '**Commitments**',
        '',
        ...g.commitments.map((c) => `- ${COMMITMENT_WORDS[c.kept]}: ${inline(c.words)}`),
        '',
      );
    if (g.coachPoints.length > 0)
      push(
        '**Coach notes: key points**',
        '',
        ...g.coachPoints.map((c) => `- Round ${c.round} (${link(c.seq)}): ${inline(c.coach)}`),
        ...(g.moreCoachNotes > 0
          ? [`- *${g.moreCoachNotes} more in the coach notes of the full record.*`]
          : []),
        '',
      );
  }
  if (d.quiet.length > 0) {
    push(
      `**${QUIET_TITLE}**`,
      '',
      '| State | Played by | Coach note: key point |',
      '|---|---|---|',
    );
    for (const q of d.quiet)
      push(
        `| ${cell(q.name)} | ${q.playedBy === 'ai' ? 'AI' : 'students'} | ${q.coachPoint ? cell(q.coachPoint) : '—'} |`,
      );
    push('');
  }
}

/** The instructor's rubric (facilitator's transcript only): a table per seated delegation, with the facilitator's edits and comments. */
function rubricMarkdown(
  rubric: readonly TranscriptSeatRubric[],
  push: (...lines: string[]) => void,
  link: (seq: number) => string,
): void {
  push('<a id="debrief-rubric"></a>', '', `# ${DEBRIEF_TITLES.rubric}`, '');
  push(RUBRIC_NOTE, '');
  for (const r of rubric) {
    push(
      `## ${inline(r.name)}`,
      '',
      `*Played by ${r.playedBy === 'ai' ? 'an AI delegation' : 'students'}; total ${r.total === null ? 'n/a (no line applies)' : `${formatNumber(r.total)} / 100`}.*`,
      '',
      '| Line | Weight | From the record | Score | Rests on | Facilitator\'s comment |',
      '|---|---|---|---|---|---|',
    );
    for (const l of r.lines) {
      const edited = l.edit !== null && l.edit.score !== null;
      const entries = [...new Set(l.seqs)].map(link).join(', ');
      push(
        `| ${cell(l.label)} | ${l.weight} | ${rubricScoreWords(l.recordScore)} | ${rubricScoreWords(l.score)}${edited ? ' (edited by the facilitator)' : ''} | ${cell(l.basis.join(' '))}${entries ? ` (${entries})` : ''} | ${l.edit?.comment ? cell(l.edit.comment) : '—'} |`,
      );
    }
    push('');
  }
}

/** Text from the record, made inert: Markdown and HTML characters are escaped, lines joined. */
export function inline(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
    .trim();
}

function cell(text: string): string {
  return inline(text);
}

function quoteLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `  > ${line.trim() === '' ? '' : inline(line)}`);
}

export { formatNumber };
