import {
  assemblyMapSvg,
  exposureChartSvg,
  timelineSvg,
  voteMatrixSvg,
  worldDefsSvg,
  type WorldFeatures,
} from './charts';
import { esc } from './charts/svg';
import { bandLabel, evidenceLabel, VOTE_LETTERS } from './vocabulary-labels';
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
  MAX_ZERO_LISTED,
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

export interface HtmlOptions {
  /** Projected world-atlas countries (worldFeatures(topology)); without them the Assembly map is left out. */
  world?: WorldFeatures | null;
  /** Ballots per vote matrix; longer sessions get several matrices. */
  ballotsPerMatrix?: number;
  /**
   * For printing (the PDF): the charts leave out their hover tooltips (one per country and per
   * cell, which paper cannot show and which make the print slow); everything they say is printed
   * beside them (roll calls, tallies, legends).
   */
  print?: boolean;
  /** The full record after the first part (default true); false prints the first part alone. */
  appendix?: boolean;
}

/**
 * The transcript as one self-contained, print-friendly HTML file: inline CSS and SVG, no script,
 * no external request (a Content-Security-Policy forbids any), page-break rules for printing.
 * Chromium prints it to PDF (src/host/export.ts; Electron's printToPDF in the desktop app).
 */
export function renderHtml(t: Transcript, options: HtmlOptions = {}): string {
  const appendix = options.appendix ?? true;
  const keys = appendix ? sectionsOf(t) : [];
  const rubric = t.rubric ?? [];
  const body: string[] = [];
  body.push(cover(t));
  const appendixToc = appendix
    ? `<li><a href="#appendix">${esc(DEBRIEF_TITLES.appendix)}</a><ol>${keys.map((k) => `<li><a href="#section-${k}">${esc(SECTION_TITLES[k])}</a></li>`).join('')}</ol></li>`
    : '';
  body.push(
    `<nav class="toc" aria-label="Contents"><h2 class="toc-title">Contents</h2><ol><li><a href="#debrief-class">${esc(DEBRIEF_TITLES.class)}</a></li><li><a href="#debrief-delegations">${esc(DEBRIEF_TITLES.delegations)}</a></li>${rubric.length > 0 ? `<li><a href="#debrief-rubric">${esc(DEBRIEF_TITLES.rubric)}</a></li>` : ''}${appendixToc}</ol></nav>`,
  );
  body.push(debriefHtml(t, appendix ? seqLink : (seq) => `#${seq}`));
  if (rubric.length > 0) body.push(rubricHtml(rubric, appendix ? seqLink : (seq) => `#${seq}`));
  body.push(
    appendix
      ? `<section id="appendix" class="appendix-title"><h1>${esc(DEBRIEF_TITLES.appendix)}</h1><p class="muted">Every entry of the record, every vote member by member, every finding with its reasoning and authorities, and every coach note.</p></section>`
      : `<p class="muted appendix-left-out">${esc(DEBRIEF_TITLES.appendix)} left out of this export: export again with the appendix for every entry, vote and finding in full.</p>`,
  );
  for (const key of keys) {
    body.push(
      `<section id="section-${key}" class="section section-${key}"><h2>${esc(SECTION_TITLES[key])}</h2>${SECTIONS[key](t, options)}</section>`,
    );
  }
  const title = `Debrief transcript: ${t.scenario.title} (${perspectiveTitle(t)})`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Moot Council transcript, schema ${t.schemaVersion}">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body class="perspective-${t.perspective.kind}">`,
    ...body,
    `<footer class="colophon">Moot Council debrief transcript · ${esc(t.scenario.id)} · ${esc(perspectiveTitle(t))} · record of ${t.session.entries} entries to ${esc(formatDateTime(t.session.lastEntryAt))}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function cover(t: Transcript): string {
  const band =
    t.perspective.kind === 'seat'
      ? `<div class="band confidential" role="note">Confidential: ${esc(t.perspective.stateName)}</div>`
      : `<div class="band facilitator" role="note">Facilitator's record: contains every delegation's confidential material</div>`;
  const rows: [string, string][] = [
    [
      'Scenario',
      `${esc(t.scenario.title)} (<code>${esc(t.scenario.id)}</code>, ${esc(t.scenario.kind)}${t.scenario.year ? `, ${t.scenario.year}` : ''})`,
    ],
    [
      'Session',
      `${esc(t.session.mode)} mode, ${esc(t.session.difficulty)} AI${t.session.seed !== null ? `, seed ${t.session.seed}` : ''}`,
    ],
    [
      'Record',
      `${t.session.entries} entries, ${esc(formatDateTime(t.session.startedAt))} to ${esc(formatDateTime(t.session.lastEntryAt))}`,
    ],
    ...(t.session.verification
      ? [['Verification', esc(t.session.verification.summary)] as [string, string]]
      : []),
    [
      'Rounds',
      `${t.session.roundsPlayed} of ${t.session.roundsPlanned} played; ${t.session.ended ? 'judgment delivered' : `the session is in the ${esc(t.session.phase)} phase`}`,
    ],
  ];
  return `<header class="cover">${band}<p class="kicker">Moot Council · Debrief transcript</p><h1>${esc(t.scenario.title)}</h1><p class="perspective"><strong>${esc(perspectiveTitle(t))}.</strong> ${esc(perspectiveNote(t))}</p><table class="meta">${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`).join('')}</table></header>`;
}

type SectionRenderer = (t: Transcript, options: HtmlOptions) => string;

const SECTIONS: Record<SectionKey, SectionRenderer> = {
  crisis: (t) => {
    const c = t.scenario.crisis;
    const parts = [
      `<p class="lead">${esc(t.scenario.summary)}</p><p>${esc(c.description)}</p>`,
      '<dl class="facts">',
      `<dt>Territorial state</dt><dd>${esc(c.territorialStateName)}</dd>`,
      `<dt>Population at risk</dt><dd>${esc(c.atRiskPopulation)}</dd>`,
      `<dt>Atrocity crimes</dt><dd>${esc(c.atrocityTypes.map((a) => a.replace(/-/g, ' ')).join(', '))}</dd>`,
      `<dt>Perpetrators</dt><dd>${c.perpetrators.map((p) => `${esc(p.name)} (${p.kind === 'government' ? `government${p.state ? `, ${esc(nameOf(t, p.state))}` : ''}` : perpetratorKindLabel(p.kind)})`).join('; ')}</dd>`,
      `<dt>Security Council</dt><dd>permanent: ${esc(namesOf(t, t.scenario.council.permanent))}; elected: ${esc(namesOf(t, t.scenario.council.elected))}</dd>`,
      '</dl>',
    ];
    if (t.scenario.relationships.length > 0) {
      parts.push(
        '<h3>Relationships</h3>',
        table(
          ['From', 'Relationship', 'To', 'Rounds', 'Note'],
          t.scenario.relationships.map((r) => [
            esc(nameOf(t, r.from)),
            esc(r.kind.replace(/-/g, ' ')),
            esc(r.toName),
            `${r.fromRound}${r.untilRound ? `–${r.untilRound}` : '+'}`,
            esc(r.note ?? ''),
          ]),
        ),
      );
    }
    const notes = t.scenario.teachingNotes;
    if (notes) {
      parts.push('<h3>Teaching notes</h3>', '<h4>Objectives</h4>', list(notes.objectives.map(esc)));
      if (notes.discussionQuestions.length > 0)
        parts.push('<h4>Discussion questions</h4>', list(notes.discussionQuestions.map(esc)));
      if (notes.sources.length > 0) parts.push('<h4>Sources</h4>', list(notes.sources.map(esc)));
    }
    return parts.join('');
  },
  delegations: (t) =>
    table(
      ['State', 'Code', 'Council', 'Regional group', 'Seat'],
      t.states.map((s) => [
        esc(s.name),
        `<code>${esc(s.code)}</code>`,
        s.permanent ? 'permanent member' : s.councilMember ? 'elected member' : '—',
        esc(s.regionalGroup ?? '—'),
        s.seat
          ? `${s.seat.kind === 'ai' ? 'AI delegate' : 'human'} (<code>${esc(s.seat.id)}</code>${s.seat.name ? `, ${esc(s.seat.name)}` : ''})`
          : '<span class="muted">Assembly default position</span>',
      ]),
    ),
  briefs: (t) =>
    t.briefs
      .map((b) => {
        const block = (title: string, items: string[]) =>
          items.length > 0 ? `<h4>${title}</h4>${list(items.map(esc))}` : '';
        return `<article class="brief"><div class="band confidential">Confidential: ${esc(b.stateName)}</div><p>${esc(b.summary)}</p>${block('Interests', b.interests)}${block('Red lines', b.redLines)}${block('Objectives', b.objectives)}</article>`;
      })
      .join(''),
  evidence: (t) => {
    const parts: string[] = [];
    if (t.evidence.length === 0) parts.push('<p>No evidence of atrocities reached the record.</p>');
    else {
      parts.push(
        table(
          ['Round', 'Level', 'What the world saw', 'Source'],
          t.evidence.map((e) => [
            String(e.round),
            esc(evidenceLabel(e.level)),
            esc(e.note),
            e.source === 'inject' ? `inject${e.seq ? ` (${seqLink(e.seq)})` : ''}` : 'scenario',
          ]),
        ),
      );
    }
    if (t.intelligence.length > 0) {
      parts.push(
        '<h3>Intelligence <span class="muted">(confidential to its recipients)</span></h3>',
        table(
          ['Round', 'To', 'Level', 'Note'],
          t.intelligence.map((i) => [
            String(i.round),
            esc(namesOf(t, i.recipients)),
            esc(evidenceLabel(i.level)),
            esc(i.note),
          ]),
        ),
      );
    }
    return parts.join('');
  },
  glance: (t) =>
    `<figure class="chart">${timelineSvg(t.rounds)}<figcaption>The rounds: how apparent the atrocities were, the phases held (width by number of entries) and what happened.</figcaption></figure>` +
    table(
      ['Round', 'Evidence', 'Phases (entries)', 'Events'],
      t.rounds.map((r) => [
        String(r.round),
        esc(evidenceLabel(r.evidenceLevel)),
        esc(r.phases.map((p) => `${p.title} (${p.entries})`).join(', ')),
        r.markers.map((m) => `${m.seq ? `${seqLink(m.seq)} ` : ''}${esc(m.label)}`).join('; ') ||
          '—',
      ]),
    ),
  proceedings: (t) => {
    const parts = [
      '<p class="muted">Every entry of the record in order, under its round and phase. Individual votes are listed under <a href="#section-votes">Votes</a>.</p>',
    ];
    for (const section of t.proceedings) {
      parts.push(
        `<section class="round" id="proceedings-${esc(section.key)}"><h3>${esc(section.title)}</h3>`,
      );
      if (section.opening.length > 0)
        parts.push(
          `<div class="opening">${section.opening.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`,
        );
      for (const phase of section.phases) {
        parts.push(
          `<h4 class="phase">${esc(section.round ? `Round ${section.round}: ${phase.title}` : phase.title)}</h4><ol class="entries">`,
        );
        for (const item of proceedingsItems(phase.entries))
          parts.push(item.kind === 'entry' ? entryHtml(item.entry) : votesHtml(t, item));
        parts.push('</ol>');
      }
      parts.push('</section>');
    }
    return parts.join('');
  },
  drafts: (t) =>
    t.drafts
      .map(
        (d) =>
          `<article class="draft" id="draft-${esc(d.id)}"><h3>Draft “${esc(d.title)}”</h3><dl class="facts"><dt>Forum</dt><dd>${d.forum === 'council' ? `Security Council, Chapter ${d.chapter}` : 'General Assembly (emergency special session)'}</dd><dt>Sponsors</dt><dd>${esc(namesOf(t, d.sponsors))}</dd><dt>Measures</dt><dd>${d.measures.map((m) => `<span class="chip">${esc(m.label)}</span>`).join(' ')}</dd><dt>Tabled</dt><dd>round ${d.round} (${seqLink(d.tabledSeq)})</dd><dt>Outcome</dt><dd><strong>${esc(draftStatus(d.status))}</strong>${d.ballotIds.length ? ` (${d.ballotIds.map((id) => `<a href="#${esc(id)}">${esc(ballotWords(t, id))}</a>`).join(', ')})` : ''}</dd></dl>${d.circulation && d.circulation.preamble.length > 0 ? `<p class="preamble">${d.circulation.preamble.map((r) => `<em>${esc(r)},</em>`).join('<br>')}</p>` : ''}<ol class="operative">${d.operativeParagraphs.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>${draftLifeHtml(t, d)}</article>`,
      )
      .join(''),
  votes: (t, options) => {
    const per = Math.max(4, options.ballotsPerMatrix ?? 16);
    const parts: string[] = [];
    for (let i = 0; i < t.ballots.length; i += per) {
      const ballots = t.ballots.slice(i, i + per);
      const range =
        t.ballots.length > per
          ? ` (ballots ${i + 1}–${i + ballots.length} of ${t.ballots.length})`
          : '';
      parts.push(
        `<figure class="chart">${voteMatrixSvg(t, { ballots, tooltips: !options.print })}<figcaption>Vote matrix${esc(range)}: members by ballots. Y yes, N no, A abstain, – absent; N·V framed is a veto.</figcaption></figure>`,
      );
    }
    // The world's shapes go in once; every Assembly map refers to them.
    if (options.world && t.ballots.some((b) => b.kind === 'assembly'))
      parts.unshift(worldDefsSvg(options.world, WORLD_DEFS_ID));
    const sameMapAs = firstOfSameMap(t.ballots);
    for (const b of t.ballots) parts.push(ballotHtml(t, b, options, sameMapAs.get(b.id)));
    return parts.join('');
  },
  vetoes: (t) =>
    table(
      ['Round', 'Draft', 'Vetoed by', 'Record', 'Explanation of vote'],
      t.vetoes.map((v) => [
        String(v.round),
        `“${esc(v.draftTitle)}”`,
        `<strong>${esc(namesOf(t, v.vetoedBy))}</strong>`,
        seqLink(v.seq),
        v.explanations
          .map(
            (x) =>
              `<p><strong>${esc(nameOf(t, x.state))}</strong> (${seqLink(x.seq)}): ${esc(x.text)}</p>`,
          )
          .join('') || '<span class="muted">no explanation given</span>',
      ]),
    ),
  ufp: (t) => {
    const u = t.unitingForPeace;
    const items: string[] = [];
    if (u.openedBy)
      items.push(
        `<li><strong>Opened by</strong> the veto of ${esc(draftWords(t, u.openedBy.draftId))} by ${esc(namesInText(t, u.openedBy.vetoedBy))} in round ${u.openedBy.round}. ${esc(u.openedBy.reason)}</li>`,
      );
    if (u.referralBallotId) {
      const b = t.ballots.find((x) => x.id === u.referralBallotId);
      items.push(
        `<li><strong>Council referral</strong> (procedural, no veto): <a href="#${esc(u.referralBallotId)}">${esc(ballotWords(t, u.referralBallotId))}</a>${b ? `, ${esc(resultWord(t, b).toLowerCase())} (${b.tally ? `${b.tally.inFavour} in favour of ${b.tally.required} needed` : 'open'})` : ''}.</li>`,
      );
    }
    if (u.requests.length > 0) {
      items.push(
        `<li><strong>Requests of Members:</strong> ${esc(namesOf(t, u.requests))}, with ${u.deemedRequests} more deemed by their Assembly positions: ${u.requests.length + u.deemedRequests} of ${u.membership} (a majority is ${Math.floor(u.membership / 2) + 1}).</li>`,
      );
    }
    for (const id of u.assemblyBallotIds) {
      const b = t.ballots.find((x) => x.id === id);
      if (!b?.tally) continue;
      items.push(
        `<li><strong>Emergency special session</strong>, <a href="#${esc(id)}">${esc(ballotWords(t, id))}</a>: ${esc(resultWord(t, b).toLowerCase())}: ${b.tally.inFavour} in favour, ${b.tally.against} against, ${b.tally.abstentions} abstaining; two thirds of ${b.tally.presentAndVoting} present and voting is ${b.tally.required}.</li>`,
      );
    }
    return `<div class="panel"><p>${esc(ufpStatusWords(t))}</p></div>${items.length ? `<ul>${items.join('')}</ul>` : ''}`;
  },
  vetoInitiative: (t) =>
    t.vetoInitiative
      .map(
        (d) =>
          `<article class="debate"><h3>Debate on the veto of draft “${esc(d.draftTitle)}” (round ${d.round})</h3><p>Convened under GA res. 76/262; ${esc(namesInText(t, d.vetoedBy))}, as vetoing member${d.vetoedBy.length > 1 ? 's' : ''}, ${d.vetoedBy.length > 1 ? 'were' : 'was'} invited to speak first.</p>${
            d.speeches.length === 0
              ? '<p class="muted">No delegation spoke.</p>'
              : `<ol class="entries">${d.speeches.map((s) => `<li class="entry"><span class="seq">${seqLink(s.seq)}</span> <strong>${esc(nameOf(t, s.state))}</strong><blockquote>${esc(s.text)}</blockquote></li>`).join('')}</ol>`
          }</article>`,
      )
      .join(''),
  channels: (t) =>
    t.channels
      .map(
        (c) =>
          `<article class="channel"><h3>${esc(nameOf(t, c.parties[0]))} ↔ ${esc(nameOf(t, c.parties[1]))} <span class="tag private">private</span></h3><ol class="entries">${c.messages
            .map(
              (m) =>
                `<li class="entry"><span class="seq">${seqLink(m.seq)}</span> round ${m.round}, <strong>${esc(nameOf(t, m.from))}</strong>: ${esc(m.text)}</li>`,
            )
            .join('')}</ol></article>`,
      )
      .join(''),
  agreements: (t) =>
    t.agreements
      .map((a) => {
        const history = a.history.length
          ? `<h4>Negotiation</h4><ol class="entries">${a.history.map((h) => `<li class="entry"><span class="seq">${seqLink(h.seq)}</span> round ${h.round}: ${esc(negotiationStepWords(t, h))}</li>`).join('')}</ol>`
          : '';
        const breaches = a.breaches.length
          ? `<h4 class="alert">Acts contrary to the agreement (VCLT art. 26)</h4><ul>${a.breaches.map((b) => `<li>${seqLink(b.conductSeq)} round ${b.round}: <strong>${esc(nameOf(t, b.state))}</strong>, contrary to the clause “${esc(clauseTitle(b.clause))}”</li>`).join('')}</ul>`
          : '';
        return `<article class="agreement" id="agreement-${esc(a.id)}"><h3>${esc(a.title)}</h3><dl class="facts"><dt>Parties</dt><dd>${esc(agreementPartiesWords(t, a.parties))}</dd><dt>Status</dt><dd><strong>${esc(agreementStatusLine(t, a))}</strong></dd><dt>Clauses</dt><dd>${a.clauses.map((c) => `<span class="chip">${esc(c.title)}${c.perpetrator ? ` (${esc(perpetratorName(t, c.perpetrator))})` : ''}</span>`).join(' ')}</dd>${a.note ? `<dt>Note</dt><dd>${esc(a.note)}</dd>` : ''}</dl><div class="treaty">${a.articles.map((art) => `<p><strong>Article ${art.number}. ${esc(art.heading)}.</strong> ${esc(art.text)}</p>`).join('')}</div>${history}${breaches}</article>`;
      })
      .join(''),
  conduct: (t) =>
    table(
      ['Entry', 'Round', 'State', 'Act', 'Target', 'Scale', 'Evidence then', 'Contrary to', 'Note'],
      t.conduct.map((c) => [
        seqLink(c.seq),
        String(c.round),
        esc(nameOf(t, c.state)),
        esc(c.label),
        esc(c.targetName ?? '—'),
        esc(c.scale),
        esc(evidenceLabel(c.evidenceAtTheTime)),
        c.contraryTo.length
          ? `<strong class="alert">${esc(c.contraryTo.map((id) => agreementWithWords(t, id, c.state)).join(', '))}</strong>`
          : '—',
        esc(c.note ?? ''),
      ]),
    ),
  injects: (t) =>
    `<ul>${t.injects
      .map(
        (i) =>
          `<li>${i.seq ? `${seqLink(i.seq)} ` : ''}round ${i.round}, ${i.scheduled ? 'scheduled' : 'fired by the facilitator'}: <strong>${esc(i.title)}.</strong> ${esc(i.text)}${i.raisesEvidenceTo ? ` <span class="muted">(evidence: ${esc(evidenceLabel(i.raisesEvidenceTo))})</span>` : ''}</li>`,
      )
      .join('')}</ul>`,
  facilitator: (t) =>
    table(
      ['Entry', 'Time', 'Round', 'Phase', 'Action'],
      t.facilitatorActions.map((f) => [
        seqLink(f.seq),
        esc(formatTime(f.at)),
        String(f.round),
        esc(phaseTitle(f.phase)),
        `${esc(f.label)}${f.actingFor ? ` (<code>${esc(f.action)}</code>)` : ''}`,
      ]),
    ),
  memorials: (t) =>
    t.memorials
      .map(
        (m) =>
          `<article class="memorial"><h3>${esc(nameOf(t, m.state))} <span class="muted">(${seqLink(m.seq)})</span></h3>${
            m.arguments.length === 0
              ? '<p class="muted">No argument pleaded.</p>'
              : `<ul>${m.arguments.map((a) => `<li><strong>${esc(a.label)}</strong>${a.duty ? ` (against the finding on the ${esc(dutyWords(a.duty))})` : ''}${a.text ? `: ${esc(a.text)}` : ''}</li>`).join('')}</ul>`
          }</article>`,
      )
      .join(''),
  judgment: (t, options) => {
    const j = t.judgment!;
    const parts: string[] = [];
    if (j.provisional)
      parts.push(
        '<div class="panel warn"><strong>Provisional.</strong> The judgment has not been delivered; this is the law engine\'s assessment of the record so far.</div>',
      );
    else if (j.deliveredSeq)
      parts.push(`<p>Delivered by the presiding judge (${seqLink(j.deliveredSeq)}).</p>`);
    const layout = judgmentLayout(t);
    const zero = j.states.filter((s) => s.exposure === 0);
    const charted =
      zero.length > MAX_ZERO_LISTED ? { states: j.states.filter((s) => s.exposure > 0) } : j;
    const notCharted =
      zero.length > MAX_ZERO_LISTED ? ` The ${zero.length} states at 0 are not drawn.` : '';
    parts.push(
      `<figure class="chart">${exposureChartSvg(charted)}<figcaption>Exposure by state (0-100), most exposed first; each bar names its band.${esc(notCharted)}</figcaption></figure>`,
    );
    const detailed = new Set(layout.detailed.map((s) => s.state));
    parts.push(
      table(
        ['Rank', 'State', 'Exposure', 'Band'],
        rankingRows(t).map((row) => [
          row.rank,
          row.state && detailed.has(row.state)
            ? `<a href="#judgment-${esc(row.state)}">${esc(row.names[0]!)}</a>`
            : esc(row.names.join(', ')),
          `<span class="num">${formatNumber(row.exposure)}</span>`,
          `<span class="band-chip band-${esc(row.band)}">${esc(bandLabel(row.band))}</span>`,
        ]),
      ),
    );
    // On paper each authority is cited in full once, in a table, and by its number in the findings.
    const authorities = options.print ? authorityNumbers(layout.detailed) : null;
    if (authorities && authorities.size > 0)
      parts.push(
        `<h3>Table of authorities</h3><ol class="authorities-table">${[...authorities.keys()].map((a, i) => `<li id="authority-${i + 1}">${esc(a)}</li>`).join('')}</ol>`,
      );
    for (const s of layout.detailed) {
      parts.push(
        `<article class="state-judgment" id="judgment-${esc(s.state)}"><h3>${esc(s.name)}: exposure ${esc(exposureWords(s.exposure, s.band))}</h3>`,
      );
      if (s.findings.length === 0)
        parts.push('<p class="muted">No duty engaged on this record.</p>');
      for (const f of s.findings) {
        parts.push(
          `<div class="finding holds-${esc(f.holds ?? 'none')}"><h4>${esc(findingHeading(f))}</h4><p class="muted">${esc(f.status)} duty${f.informational ? ', informational only' : ''}; ${formatNumber(f.points)} points</p><p>${esc(f.reasoning)}</p>`,
        );
        if (f.basis.length > 0 && authorities)
          parts.push(
            `<p class="basis-short"><span class="label">Authority:</span> ${f.basis.map((b) => `<a href="#authority-${authorities.get(b.authority)}">[${authorities.get(b.authority)}]</a> <em>${esc(b.pinpoint)}</em>`).join('; ')}</p>`,
          );
        else if (f.basis.length > 0)
          parts.push(
            `<h5>Authority</h5><ul class="basis">${f.basis.map((b) => `<li>${esc(b.authority)}, <em>${esc(b.pinpoint)}</em></li>`).join('')}</ul>`,
          );
        if (f.evidence.length > 0) {
          const { shown, more } = printedEvidence(f.evidence);
          parts.push(
            `<h5>Evidence</h5><ul class="evidence">${shown.map((e) => `<li>${e.seq !== null && e.inRecord ? `${seqLink(e.seq)}: ` : e.ref.startsWith('#') ? `<code>${esc(e.ref)}</code>: ` : ''}${esc(e.description)}</li>`).join('')}${more > 0 ? `<li class="muted">…and ${more} more (all of them in the JSON export)</li>` : ''}</ul>`,
          );
        }
        if (f.defences.length > 0) {
          parts.push(
            `<h5>Defences</h5><ul class="defences">${f.defences.map((d) => `<li><span class="tag ${d.accepted ? 'accepted' : 'rejected'}">${d.accepted ? 'accepted' : 'rejected'}</span> <strong>${esc(d.label)}.</strong> ${esc(d.why)}</li>`).join('')}</ul>`,
          );
        }
        const whatIf = whatIfLines(t, f);
        if (whatIf)
          parts.push(
            `<h5>${WHAT_IF_HEADING}</h5><ul class="what-if">${whatIf.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
          );
        if (f.override)
          parts.push(
            `<div class="panel override"><strong>Judge's override${f.override.seq ? ` (${seqLink(f.override.seq)})` : ''}.</strong> ${esc(overrideWords(f.override))}</div>`,
          );
        parts.push('</div>');
      }
      parts.push('</article>');
    }
    if (layout.summarised.length > 0) {
      parts.push(
        `<h3>States against which nothing was found</h3><p>No finding holds or is left open against ${layout.summarised.length === 1 ? 'this state' : `these ${layout.summarised.length} states`}; the duties examined are listed (the reasons are in the JSON export).</p>`,
        table(
          ['State', 'Exposure', 'Duties examined'],
          layout.summarised.map((s) => [
            esc(s.name),
            formatNumber(s.exposure),
            esc(s.findings.map((f) => f.duty).join(', ') || '—'),
          ]),
          'compact',
        ),
      );
    }
    if (j.overrides.length > 0) {
      parts.push(
        `<h3>The presiding judge's overrides</h3><ul>${j.overrides.map((o) => `<li>${seqLink(o.seq)} ${esc(nameOf(t, o.state))}, ${esc(dutyWords(o.duty))}: ${o.holds ? 'holds' : 'does not hold'}. ${esc(o.reason)}</li>`).join('')}</ul>`,
      );
    }
    return parts.join('');
  },
  coach: (t) =>
    `<p class="muted">What the AI delegations' coaches say about their moves, for the debrief only.</p><ol class="entries">${t.coachNotes
      .map(
        (c) =>
          `<li class="entry coach"><span class="seq">${seqLink(c.seq)}</span> round ${c.round}, <strong>${esc(nameOf(t, c.state))}</strong> <code>${esc(c.type)}</code>${c.says ? `<p class="says">Said: “${esc(c.says)}”</p>` : ''}<p class="coach-note"><strong>Coach:</strong> ${esc(c.coach)}</p></li>`,
      )
      .join('')}</ol>`,
};

/** Each authority the findings cite, numbered in the order first cited (from 1). */
function authorityNumbers(
  states: readonly { findings: readonly { basis: readonly { authority: string }[] }[] }[],
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of states)
    for (const f of s.findings)
      for (const b of f.basis)
        if (!numbers.has(b.authority)) numbers.set(b.authority, numbers.size + 1);
  return numbers;
}

function votesHtml(t: Transcript, item: Extract<ProceedingsItem, { kind: 'votes' }>): string {
  const range = item.first === item.last ? `#${item.first}` : `#${item.first}–#${item.last}`;
  const on = item.ballotIds
    .map((id) => `<a href="#${esc(id)}">${esc(ballotWords(t, id))}</a>`)
    .join(', ');
  const effects =
    item.effects.length > 0
      ? `<ul class="effects">${item.effects.map((f) => `<li class="effect-${esc(f.kind)}">${esc(f.text)}</li>`).join('')}</ul>`
      : '';
  const anchors = [];
  for (const seq of item.seqs.slice(1)) anchors.push(`<span id="seq-${seq}"></span>`);
  return `<li id="seq-${item.first}" class="entry votes">${anchors.join('')}<span class="seq">${range}</span> ${item.count} vote${item.count === 1 ? '' : 's'} cast${on ? ` on ${on}` : ''} <span class="muted">(member by member under <a href="#section-votes">Votes</a>)</span>${effects}</li>`;
}

function entryHtml(e: TranscriptEntry): string {
  const classes = ['entry', e.private ? 'private' : '', e.byFacilitator ? 'by-facilitator' : '']
    .filter(Boolean)
    .join(' ');
  const parts = [
    `<li id="seq-${e.seq}" class="${classes}"><span class="seq">#${e.seq}</span> <time datetime="${esc(e.at)}">${esc(formatTime(e.at))}</time> ${esc(e.summary)}${e.private ? ' <span class="tag private">confidential</span>' : ''}`,
  ];
  if (e.text) parts.push(`<blockquote>${esc(e.text)}</blockquote>`);
  if (e.says && e.says !== e.text) parts.push(`<p class="says">Says: ${esc(e.says)}</p>`);
  if (e.effects.length > 0)
    parts.push(
      `<ul class="effects">${e.effects.map((f) => `<li class="effect-${esc(f.kind)}">${esc(f.text)}</li>`).join('')}</ul>`,
    );
  parts.push('</li>');
  return parts.join('');
}

/**
 * For each Assembly ballot whose every Member voted as in an earlier one, that earlier ballot: its
 * map is the same, so it is drawn once and the later vote refers to it.
 */
function firstOfSameMap(ballots: readonly TranscriptBallot[]): Map<string, TranscriptBallot> {
  const drawn = new Map<string, TranscriptBallot>();
  const same = new Map<string, TranscriptBallot>();
  for (const b of ballots) {
    if (b.kind !== 'assembly') continue;
    const pattern = b.votes
      .map((v) => `${v.state}:${v.vote}`)
      .sort()
      .join(' ');
    const first = drawn.get(pattern);
    if (first) same.set(b.id, first);
    else drawn.set(pattern, b);
  }
  return same;
}

function ballotHtml(
  t: Transcript,
  b: TranscriptBallot,
  options: HtmlOptions,
  sameMapAs?: TranscriptBallot,
): string {
  const parts = [
    `<article class="ballot" id="${esc(b.id)}"><h3>${esc(ballotHeading(t, b))}</h3>`,
    `<p>Opened ${seqLink(b.openedSeq)}${b.closedSeq ? `, closed ${seqLink(b.closedSeq)}` : ', not closed'}. <strong class="${b.adopted ? 'ok' : 'alert'}">${esc(resultWord(t, b))}.</strong></p>`,
  ];
  if (b.tally) parts.push(tallyBar(b));
  parts.push(`<p class="tally">${esc(tallyLine(b))}</p>`);
  if (b.kind === 'assembly') {
    if (options.world && sameMapAs) {
      parts.push(
        `<p class="map-same">The world map of this vote is that of <a href="#${esc(sameMapAs.id)}">${esc(ballotWords(t, sameMapAs.id))}</a>: every Member State voted as it did then.</p>`,
      );
    } else if (options.world) {
      const seated = t.states.filter((s) => s.seat !== null).map((s) => s.code);
      parts.push(
        `<figure class="chart map">${assemblyMapSvg(b, options.world, { seated, sharedId: WORLD_DEFS_ID, tooltips: !options.print })}<figcaption>The vote of the General Assembly on draft “${esc(b.draftTitle)}”. Letters: Y yes, N no, A abstain; outlined: seated delegations.</figcaption></figure>`,
      );
    }
    parts.push('<div class="roll">');
    for (const group of assemblyGroups(b)) {
      parts.push(
        `<h4><span class="vote vote-${group.vote}">${VOTE_LETTERS[group.vote]}</span> ${group.title} (${group.members.length})</h4><p class="members">${group.members.map((m) => (m.defaulted ? esc(m.name) : `<strong>${esc(m.name)}</strong>`)).join(', ')}</p>`,
      );
    }
    parts.push(
      `<p class="muted">Bold: voted by a seated delegation; the others voted as the scenario's Assembly positions say.${b.rollCallStartsWith ? ` The roll call began with ${esc(rollCallStartName(t, b)!)}, drawn by lot (GA rules of procedure, rule 87(a)).` : ''}</p></div>`,
    );
  } else {
    parts.push('<div class="roll">');
    for (const group of councilGroups(b)) {
      parts.push(
        `<p class="members"><span class="vote vote-${group.vote}">${VOTE_LETTERS[group.vote]}</span> <strong>${group.title} (${group.members.length}):</strong> ${group.members
          .map(
            (v) =>
              `${esc(v.name)}${v.permanent ? ' <span class="tag">P5</span>' : ''}${v.veto ? ' <span class="tag veto">veto</span>' : ''}`,
          )
          .join(', ')}</p>`,
      );
    }
    parts.push('</div>');
  }
  if (b.announcement)
    parts.push(
      `<blockquote class="announcement"><span class="muted">The President:</span> “${esc(b.announcement)}”</blockquote>`,
    );
  if (b.explanations.length > 0) {
    parts.push(
      `<h4>Explanations of vote</h4><ol class="entries">${b.explanations.map((x) => `<li class="entry"><span class="seq">${seqLink(x.seq)}</span> <strong>${esc(nameOf(t, x.state))}</strong><blockquote>${esc(x.text)}</blockquote></li>`).join('')}</ol>`,
    );
  }
  if (b.authorities.length > 0)
    parts.push(`<p class="authorities">${b.authorities.map(esc).join('; ')}</p>`);
  parts.push('</article>');
  return parts.join('');
}

/** The tally bar: votes in favour filling towards the threshold mark, as on the chamber screen. */
function tallyBar(b: TranscriptBallot): string {
  const t = b.tally!;
  // The Assembly counts only those present and voting (abstentions are not votes); the Council, its fifteen members.
  const assembly = b.kind === 'assembly';
  const total = Math.max(
    1,
    assembly ? (t.presentAndVoting ?? t.inFavour + t.against) : b.electorate || 15,
  );
  const pct = (v: number) => `${((v / total) * 100).toFixed(2)}%`;
  const label = assembly
    ? `${t.inFavour} in favour of ${t.presentAndVoting} present and voting; ${t.required} needed`
    : `${t.inFavour} in favour; ${t.required} needed`;
  const segments = [
    `<span class="seg yes" style="width:${pct(t.inFavour)}">${t.inFavour > 0 ? `Y ${t.inFavour}` : ''}</span>`,
    `<span class="seg no" style="width:${pct(t.against)}">${t.against > 0 ? `N ${t.against}` : ''}</span>`,
    assembly
      ? ''
      : `<span class="seg abstain" style="width:${pct(t.abstentions)}">${t.abstentions > 0 ? `A ${t.abstentions}` : ''}</span><span class="seg absent" style="width:${pct(t.absent)}"></span>`,
  ];
  return `<div class="tally-bar" role="img" aria-label="${esc(label)}">${segments.join('')}<span class="mark" style="left:${pct(t.required)}"></span><span class="mark-label" style="left:${pct(t.required)}">${esc(assembly ? `⅔: ${t.required}` : `${t.required} needed`)}</span></div>`;
}

const WORLD_DEFS_ID = 'world';

function seqLink(seq: number): string {
  return `<a class="seq-link" href="#seq-${seq}">#${seq}</a>`;
}

/** The first part: the class's page, then a part per seated delegation (debriefOf). */
function debriefHtml(t: Transcript, link: (seq: number) => string): string {
  const d = debriefOf(t);
  const parts: string[] = [
    `<section id="debrief-class" class="debrief-class"><h1>${esc(DEBRIEF_TITLES.class)}</h1>`,
  ];
  if (d.ranking.length > 0)
    parts.push(
      '<h3>Ranking by exposure</h3>',
      table(
        ['Rank', 'State', 'Exposure', 'Band'],
        d.ranking.map((row) => [
          row.rank,
          esc(row.names.join(', ')),
          `<span class="num">${formatNumber(row.exposure)}</span>`,
          `<span class="band-chip band-${esc(row.band)}">${esc(bandLabel(row.band))}</span>`,
        ]),
      ),
    );
  else parts.push('<p>No judgment yet: the ranking comes with it.</p>');
  parts.push('<h3>Turning points of the record</h3>');
  parts.push(
    d.turningPoints.length === 0
      ? '<p>None: no veto, adoption, agreement, breach or emergency special session.</p>'
      : list(
          d.turningPoints.map(
            (p) => `Round ${p.round}: ${esc(p.label)}${p.seq ? ` (${link(p.seq)})` : ''}`,
          ),
        ),
  );
  parts.push('<h3>The votes that mattered</h3>');
  parts.push(
    d.votesThatMattered.length === 0
      ? '<p>No vote decided anything.</p>'
      : table(
          ['Vote', 'Result', 'Tally'],
          d.votesThatMattered.map((v) => [esc(v.heading), esc(v.result), esc(v.tally)]),
        ),
  );
  if (d.draftsNegotiated.length > 0) {
    parts.push(`<h3>${esc(DRAFTS_NEGOTIATED_TITLE)}</h3>`);
    parts.push(
      list(
        d.draftsNegotiated.map(
          (draft) => `${esc(draft.heading)}${list(draft.lines.map((l) => `${esc(l.text)} (${l.seqs.map(link).join(', ')})`))}`,
        ),
      ),
    );
  }
  parts.push('</section>');
  parts.push(
    `<section id="debrief-delegations" class="debrief-delegations"><h1>${esc(DEBRIEF_TITLES.delegations)}</h1>`,
  );
  for (const g of d.delegations) {
    const findings =
      g.findings.length === 0
        ? '<p>Nothing found against it.</p>'
        : `<h5>Findings</h5><ul>${g.findings
            .map(
              (f) =>
                `<li><strong>${esc(f.heading)}</strong> (${formatNumber(f.points)} points${f.overridden ? ', overridden by the presiding judge' : ''})${f.whatIf.length ? `<ul class="what-if">${f.whatIf.map((w) => `<li>${esc(WHAT_IF_HEADING)}: ${esc(w)}</li>`).join('')}</ul>` : ''}</li>`,
            )
            .join('')}</ul>`;
    const commitments = g.commitments.length
      ? `<h5>Commitments</h5>${list(g.commitments.map((c) => `<strong>${esc(COMMITMENT_WORDS[c.kept])}</strong>: ${esc(c.words)}`))}`
      : '';
    const coach = g.coachPoints.length
      ? `<h5>Coach notes: key points</h5>${list([
          ...g.coachPoints.map((c) => `Round ${c.round} (${link(c.seq)}): ${esc(c.coach)}`),
          ...(g.moreCoachNotes > 0
            ? [
                `<span class="muted">${g.moreCoachNotes} more in the coach notes of the full record.</span>`,
              ]
            : []),
        ])}`
      : '';
    parts.push(
      `<article class="delegation-debrief" id="debrief-${esc(g.state)}"><h3>${esc(g.name)}</h3><p class="muted">Played by ${g.playedBy === 'ai' ? 'an AI delegation' : 'students'}; exposure ${esc(g.exposure)}.</p>${findings}${commitments}${coach}</article>`,
    );
  }
  if (d.quiet.length > 0)
    parts.push(
      `<h3>${esc(QUIET_TITLE)}</h3>`,
      table(
        ['State', 'Played by', 'Coach note: key point'],
        d.quiet.map((q) => [
          esc(q.name),
          q.playedBy === 'ai' ? 'AI' : 'students',
          q.coachPoint ? esc(q.coachPoint) : '—',
        ]),
        'quiet-delegations',
      ),
    );
  parts.push('</section>');
  return parts.join('');
}

/** The instructor's rubric (facilitator's transcript only): a table per seated delegation, with the facilitator's edits and comments. */
function rubricHtml(rubric: readonly TranscriptSeatRubric[], link: (seq: number) => string): string {
  const parts = [`<section id="debrief-rubric" class="debrief-rubric"><h1>${esc(DEBRIEF_TITLES.rubric)}</h1><p class="muted">${esc(RUBRIC_NOTE)}</p>`];
  for (const r of rubric) {
    const rows = r.lines.map((l) => {
      const edited = l.edit !== null && l.edit.score !== null;
      const entries = [...new Set(l.seqs)].map(link).join(', ');
      return [
        esc(l.label),
        `<span class="num">${l.weight}</span>`,
        `<span class="num">${rubricScoreWords(l.recordScore)}</span>`,
        `<span class="num">${rubricScoreWords(l.score)}</span>${edited ? ' <span class="muted">(edited by the facilitator)</span>' : ''}`,
        `${esc(l.basis.join(' '))}${entries ? ` (${entries})` : ''}`,
        l.edit?.comment ? esc(l.edit.comment) : '—',
      ];
    });
    parts.push(
      `<article class="delegation-rubric" id="rubric-${esc(r.state)}"><h3>${esc(r.name)}</h3><p class="muted">Played by ${r.playedBy === 'ai' ? 'an AI delegation' : 'students'}; total ${r.total === null ? 'n/a (no line applies)' : `${formatNumber(r.total)} / 100`}.</p>${table(['Line', 'Weight', 'From the record', 'Score', 'Rests on', "Facilitator's comment"], rows, 'rubric-table')}</article>`,
    );
  }
  parts.push('</section>');
  return parts.join('');
}

function table(headers: string[], rows: string[][], className = ''): string {
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** A circulated draft's life in the appendix: circulated, revised, answered, put in blue. */
function draftLifeHtml(t: Transcript, d: Transcript['drafts'][number]): string {
  const c = d.circulation;
  if (!c) return '';
  const lines = draftLifeLines(t, c);
  return `<p><em>Before it was tabled:</em> circulated as a zero draft in round ${c.round} (${seqLink(c.circulatedSeq)}); ${esc(draftLifeOutcome(c))}${c.inBlueSeq !== null ? ` (${seqLink(c.inBlueSeq)})` : ''}.</p>${lines.length > 0 ? list(lines.map((l) => `${esc(l.text)} (${l.seqs.map(seqLink).join(', ')})`)) : ''}`;
}

function list(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

const CSS = `
:root{--ink:#1a1a1a;--muted:#5b6470;--line:#d7dce2;--accent:#1f6fb2;--soft:#f4f7fb;--yes:#2e7d4f;--no:#c0392b;--abstain:#e8c33a;--absent:#d5d8dc}
*{box-sizing:border-box}
html{font-size:10.5pt}
body{font-family:Inter,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:1000px;padding:24px 32px;line-height:1.45}
h1{font-size:2rem;margin:.2em 0 .3em;color:var(--accent)}
h2{font-size:1.45rem;border-bottom:2px solid var(--accent);padding-bottom:.2em;margin:1.6em 0 .6em;color:var(--accent)}
h3{font-size:1.15rem;margin:1.2em 0 .4em}
h4{font-size:1rem;margin:1em 0 .3em}
h5{font-size:.9rem;margin:.7em 0 .2em;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
a{color:var(--accent)}
code{font-family:"JetBrains Mono",Consolas,monospace;font-size:.88em;background:var(--soft);padding:0 .25em;border-radius:3px}
.kicker{text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:.8em 0 0;font-size:.85rem}
.cover{border-bottom:1px solid var(--line);padding-bottom:1em}
.band{font-weight:700;padding:.4em .8em;border-radius:4px;margin:.3em 0}
.band.confidential{background:#fdecea;color:#8a1c13;border:1px solid #e6a39c}
.band.facilitator{background:#eef4fb;color:#174f80;border:1px solid #a9c6e6}
.perspective{font-size:1.02rem}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
table.meta{width:auto}
table.meta th{background:none;padding-right:1.5em}
table.votes{width:auto;min-width:50%}
.muted{color:var(--muted)}
.num{font-variant-numeric:tabular-nums}
.lead{font-size:1.05rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.5em 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.chip{display:inline-block;border:1px solid var(--accent);color:var(--accent);border-radius:999px;padding:0 .6em;font-size:.85rem;margin:0 .2em .2em 0}
.tag{display:inline-block;font-size:.75rem;border-radius:3px;padding:0 .35em;border:1px solid var(--line);color:var(--muted);vertical-align:middle}
.tag.private{border-color:#e6a39c;color:#8a1c13}
.tag.veto{background:var(--no);color:#fff;border-color:var(--no);font-weight:700}
.tag.accepted{background:#e3f3e8;color:#1c5a35;border-color:#9cc9a1}
.tag.rejected{background:#fdecea;color:#8a1c13;border-color:#e6a39c}
.alert{color:#8a1c13}
.ok{color:#1c5a35}
.vote{display:inline-block;min-width:1.5em;text-align:center;font-weight:700;border-radius:3px;padding:0 .25em}
.vote-yes{background:var(--yes);color:#fff}.vote-no{background:var(--no);color:#fff}.vote-abstain{background:var(--abstain);color:#1a1a1a}.vote-absent{background:var(--absent);color:#333}
ol.entries{list-style:none;padding:0;margin:.3em 0 .8em}
li.entry{padding:.3em .5em;border-left:3px solid var(--line);margin:.25em 0}
li.entry.private{border-left-color:#e6a39c;background:#fffafa}
li.entry.by-facilitator{border-left-color:#a9c6e6}
li.entry.note{color:var(--muted);font-style:italic}
.seq{font-variant-numeric:tabular-nums;color:var(--muted);font-weight:600;margin-right:.2em}
time{font-variant-numeric:tabular-nums;color:var(--muted);font-size:.85em}
blockquote{margin:.3em 0 .3em 1em;padding:.2em .8em;border-left:3px solid var(--accent);background:var(--soft);white-space:pre-wrap}
blockquote.announcement{border-left-color:#333;font-style:italic}
ul.effects{margin:.2em 0 0 1em;padding:0;list-style:none}
ul.effects li::before{content:"→ ";color:var(--accent);font-weight:700}
ul.effects li.effect-breach,ul.effects li.effect-uniting-for-peace{font-weight:600}
.says{margin:.2em 0 0 1em;color:var(--muted);font-style:italic}
.opening{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.3em .8em;margin:.4em 0}
.opening p{margin:.3em 0}
.phase{color:var(--accent);border-bottom:1px dotted var(--line)}
.panel{border:1px solid var(--line);background:var(--soft);border-radius:4px;padding:.5em .8em;margin:.6em 0}
.panel.warn{background:#fff7e0;border-color:#e8c33a}
.panel.override{background:#fff7e0;border-color:#c98b3a}
.brief{border:1px solid #e6a39c;border-radius:4px;padding:.2em .9em .6em;margin:.8em 0}
.draft,.agreement,.ballot,.debate,.channel,.memorial,.state-judgment{margin:1em 0;padding-bottom:.6em;border-bottom:1px solid var(--line)}
.treaty{font-family:Georgia,"Times New Roman",serif;background:#fcfcfa;border:1px solid var(--line);padding:.4em 1em;margin:.5em 0}
.finding{border-left:4px solid var(--line);padding:.1em .9em .4em;margin:.8em 0}
.finding.holds-holds{border-left-color:var(--no)}
.finding.holds-unknown{border-left-color:var(--abstain)}
.finding.holds-does-not-hold{border-left-color:var(--yes)}
.band-chip{display:inline-block;padding:0 .5em;border-radius:3px;font-weight:600}
.band-none{background:#d5d8dc}.band-low{background:#9cc9a1}.band-moderate{background:#f0d264}.band-high{background:#ee9a4d}.band-very-high{background:#c0392b;color:#fff}.band-grave{background:#7b1d17;color:#fff}
.tally-bar{position:relative;display:flex;height:22px;border:1px solid #999;border-radius:3px;overflow:visible;margin:.4em 0;max-width:640px;background:#fff}
.tally-bar .seg{display:block;height:100%;font-size:.78rem;font-weight:700;line-height:22px;text-align:center;overflow:hidden;white-space:nowrap}
.tally-bar .yes{background:var(--yes);color:#fff}.tally-bar .no{background:var(--no);color:#fff}.tally-bar .abstain{background:var(--abstain)}.tally-bar .absent{background:var(--absent)}
.tally-bar .mark{position:absolute;top:-5px;bottom:-5px;width:0;border-left:3px solid #111}
.tally-bar .mark-label{position:absolute;top:-1.35em;font-size:.72rem;font-weight:700;white-space:nowrap;transform:translateX(-50%)}
.tally-bar{margin-top:1.4em}
.tally{font-variant-numeric:tabular-nums}
.roll .members{font-size:.9rem;margin:.3em 0}
table.compact{font-size:.82rem}
table.compact td{padding:.15em .4em}
.authorities{font-size:.8rem;color:var(--muted)}
figure.chart{margin:.8em 0 1.2em;text-align:center}
figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.3em}
nav.toc ol{columns:2;font-size:.95rem}
.delegation-debrief{border-top:1px solid var(--line);margin-top:.6em}
.delegation-debrief h3{margin-top:.4em}
.toc-title{border:none;margin-top:.5em}
.colophon{margin-top:3em;border-top:1px solid var(--line);padding-top:.5em;font-size:.8rem;color:var(--muted)}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
 html{font-size:9pt}
 body{max-width:none;padding:0;line-height:1.32}
 h2{margin:0 0 .5em}
 h3{margin:.9em 0 .3em}
 h4{margin:.7em 0 .2em}
 p{margin:.35em 0}
 li.entry{padding:.15em .4em;margin:.1em 0}
 .finding{margin:.5em 0;padding:.05em .7em .2em}
 .finding ul{margin:.2em 0;padding-left:1.4em}
 .basis-short{font-size:.92em}
 .basis-short .label{font-weight:600;color:var(--muted)}
 ol.authorities-table{font-size:.9em;padding-left:2em}
 .roll .members{font-size:.86rem}
 figure.chart{margin:.5em 0 .8em}
 a{color:inherit;text-decoration:none}
 a.seq-link{color:var(--accent)}
 section.section>h2{break-before:page}
 .appendix-title,.debrief-delegations,.debrief-rubric{break-before:page}
 .delegation-rubric{break-inside:avoid}
 .delegation-debrief{break-inside:avoid}
 .quiet-delegations{font-size:.9em}
 .cover,nav.toc{break-after:avoid}
 h2,h3,h4,h5{break-after:avoid}
 figure,tr,li.entry,.panel,.finding h4,.brief,.tally-bar,blockquote{break-inside:avoid}
 .ballot,.draft,.agreement{break-inside:auto}
 figure.map{break-inside:avoid}
 thead{display:table-header-group}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();
