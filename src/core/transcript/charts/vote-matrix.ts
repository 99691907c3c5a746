import type { Transcript, TranscriptBallot } from '../transcript-schema';
import { clip, esc, n, svgOpen, VOTE_STYLE } from './svg';

export interface VoteMatrixOptions {
  /** Ballots to show (default: all); a long session is split into several matrices by the caller. */
  ballots?: readonly TranscriptBallot[];
  /** Most rows outside the Council (seated states that voted in the Assembly). */
  maxExtraRows?: number;
  /** Each cell's member, vote and ballot as a hover tooltip (default true; the printed record has none). */
  tooltips?: boolean;
}

/**
 * Short column label of a ballot: "SC draft 1", "SC ref. draft 2", "GA draft 3", the drafts numbered
 * in the order they were tabled (a draft's id is no reader's business; its title is in the tooltip).
 */
export function ballotShortLabel(b: TranscriptBallot, t?: Pick<Transcript, 'drafts'>): string {
  const index = t ? t.drafts.findIndex((d) => d.id === b.draftId) : -1;
  const draft = index >= 0 ? `draft ${index + 1}` : 'draft';
  if (b.kind === 'assembly') return `GA ${draft}`;
  return b.purpose === 'referral' ? `SC ref. ${draft}` : `SC ${draft}`;
}

/**
 * The vote matrix: members (rows) by ballots (columns). Each cell carries the vote's letter (Y, N,
 * A, – for absent) on its colour; a veto is framed and marked "V"; a dot means the member had no
 * vote on that ballot. Rows: the fifteen Council members, then seated states outside the Council.
 */
export function voteMatrixSvg(t: Transcript, options: VoteMatrixOptions = {}): string {
  const ballots = options.ballots ?? t.ballots;
  const council = [...t.scenario.council.permanent, ...t.scenario.council.elected];
  const seatedOthers = t.states
    .filter((s) => s.seat !== null && !council.includes(s.code))
    .map((s) => s.code);
  const votedAssembly = new Set(
    ballots
      .filter((b) => b.kind === 'assembly')
      .flatMap((b) => b.votes.filter((v) => !v.defaulted).map((v) => v.state)),
  );
  const extras = seatedOthers.filter((c) => votedAssembly.has(c));
  const maxExtra = options.maxExtraRows ?? 25;
  const extraRows = extras.slice(0, maxExtra);
  const rows = [...council, ...extraRows];
  const nameOf = (code: string) => t.states.find((s) => s.code === code)?.name ?? code;
  const permanent = new Set(t.scenario.council.permanent);
  const tooltip = (text: string) => (options.tooltips ?? true ? `<title>${esc(text)}</title>` : '');

  const labelWidth = 180;
  const cellW = 40;
  const cellH = 20;
  const headerH = 86;
  const legendH = extras.length > maxExtra ? 56 : 40;
  const width = Math.max(660, labelWidth + Math.max(1, ballots.length) * cellW + 60);
  const height = headerH + rows.length * cellH + legendH;
  const parts: string[] = [
    svgOpen(
      width,
      height,
      'Vote matrix',
      `Votes of ${rows.length} members on ${ballots.length} ballots; letters Y (yes), N (no), A (abstain), – (absent); V marks a veto.`,
      'chart vote-matrix',
    ),
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  ];
  ballots.forEach((b, j) => {
    const cx = labelWidth + j * cellW + cellW / 2;
    const label = `${ballotShortLabel(b, t)} · R${b.round}`;
    const title = t.drafts.find((d) => d.id === b.draftId)?.title;
    parts.push(
      `<text transform="translate(${n(cx + 4)},${headerH - 6}) rotate(-55)" font-size="11" fill="#1a1a1a">${esc(clip(label, 18))}${tooltip(`${title ? `"${title}": ` : ''}${b.announcement ?? 'open'}`)}</text>`,
    );
  });
  rows.forEach((code, i) => {
    const y = headerH + i * cellH;
    if (i === council.length && extraRows.length > 0) {
      parts.push(
        `<line x1="0" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" stroke="#555" stroke-width="1" stroke-dasharray="3 2"/>`,
      );
    }
    if (i % 2 === 1)
      parts.push(`<rect x="0" y="${n(y)}" width="${n(width)}" height="${cellH}" fill="#f5f6f8"/>`);
    const label = `${clip(nameOf(code), 22)}${permanent.has(code) ? ' (P5)' : ''}`;
    parts.push(
      `<text x="${labelWidth - 8}" y="${n(y + cellH / 2 + 4)}" font-size="11.5" text-anchor="end" fill="#1a1a1a"${permanent.has(code) ? ' font-weight="600"' : ''}>${esc(label)}</text>`,
    );
    ballots.forEach((b, j) => {
      const x = labelWidth + j * cellW;
      const v = b.votes.find((vote) => vote.state === code);
      if (!v) {
        parts.push(
          `<text x="${n(x + cellW / 2)}" y="${n(y + cellH / 2 + 4)}" font-size="11" text-anchor="middle" fill="#999">·</text>`,
        );
        return;
      }
      const style = VOTE_STYLE[v.vote]!;
      parts.push(
        `<rect x="${n(x + 3)}" y="${n(y + 2)}" width="${cellW - 6}" height="${cellH - 4}" rx="2" fill="${style.fill}"${v.veto ? ' stroke="#000" stroke-width="2.5"' : ''}>${tooltip(`${nameOf(code)}: ${style.word}${v.veto ? ' (veto)' : ''} on ${t.drafts.find((d) => d.id === b.draftId)?.title ?? 'the draft'}`)}</rect>`,
      );
      parts.push(
        `<text x="${n(x + cellW / 2)}" y="${n(y + cellH / 2 + 4)}" font-size="11" font-weight="700" text-anchor="middle" fill="${style.ink}">${v.veto ? 'N·V' : style.letter}</text>`,
      );
    });
  });
  const ly = headerH + rows.length * cellH + 20;
  let lx = 8;
  for (const key of ['yes', 'no', 'abstain', 'absent'] as const) {
    const style = VOTE_STYLE[key]!;
    parts.push(
      `<rect x="${lx}" y="${ly - 12}" width="22" height="16" rx="2" fill="${style.fill}"/><text x="${lx + 11}" y="${ly}" font-size="11" font-weight="700" text-anchor="middle" fill="${style.ink}">${style.letter}</text><text x="${lx + 27}" y="${ly}" font-size="11" fill="#1a1a1a">${style.word}</text>`,
    );
    lx += 90;
  }
  parts.push(
    `<rect x="${lx}" y="${ly - 12}" width="30" height="16" rx="2" fill="${VOTE_STYLE.no!.fill}" stroke="#000" stroke-width="2.5"/><text x="${lx + 15}" y="${ly}" font-size="10" font-weight="700" text-anchor="middle" fill="#fff">N·V</text><text x="${lx + 36}" y="${ly}" font-size="11" fill="#1a1a1a">Veto</text>`,
  );
  lx += 90;
  parts.push(
    `<text x="${lx}" y="${ly}" font-size="11" fill="#1a1a1a">· no vote on that ballot</text>`,
  );
  if (extras.length > maxExtra) {
    parts.push(
      `<text x="8" y="${ly + 18}" font-size="11" fill="#555">${esc(`…and ${extras.length - maxExtra} more seated states; their votes are in the vote tables.`)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
