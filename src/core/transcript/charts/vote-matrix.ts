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

/** One cell of the vote matrix: a member's vote on a ballot, with its letter and word. */
export interface VoteMatrixCell {
  vote: 'yes' | 'no' | 'abstain' | 'absent';
  veto: boolean;
  /** Y, N, A, – (absent); "N·V" for a veto. */
  letter: string;
  /** Yes, No, Abstain, Absent; "No (veto)" for a veto. */
  word: string;
}

export interface VoteMatrixColumn {
  ballot: TranscriptBallot;
  /** "SC draft 1 · R2". */
  label: string;
  /** The draft's title as tabled (null when the draft is not in this record). */
  draftTitle: string | null;
}

export interface VoteMatrixRow {
  code: string;
  name: string;
  permanent: boolean;
  /** One per column; null where the member had no vote on that ballot. */
  cells: (VoteMatrixCell | null)[];
}

export interface VoteMatrixData {
  columns: VoteMatrixColumn[];
  /** The fifteen Council members first, then seated states outside the Council that voted in the Assembly. */
  rows: VoteMatrixRow[];
  /** How many of the rows are Council members. */
  councilRows: number;
  /** Seated states left out past `maxExtraRows`. */
  omitted: number;
}

/** Most rows outside the Council (seated states that voted in the Assembly), unless told otherwise. */
const MAX_EXTRA_ROWS = 25;

/**
 * The vote matrix as data: members (rows) by ballots (columns), each cell the member's vote with
 * its letter and word. The export draws it as SVG (voteMatrixSvg); the app as a grid and a table.
 */
export function voteMatrixData(
  t: Pick<Transcript, 'scenario' | 'states' | 'ballots' | 'drafts'>,
  options: Pick<VoteMatrixOptions, 'ballots' | 'maxExtraRows'> = {},
): VoteMatrixData {
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
  const maxExtra = options.maxExtraRows ?? MAX_EXTRA_ROWS;
  const codes = [...council, ...extras.slice(0, maxExtra)];
  const nameOf = (code: string) => t.states.find((s) => s.code === code)?.name ?? code;
  const permanent = new Set(t.scenario.council.permanent);
  const columns = ballots.map((ballot) => ({
    ballot,
    label: `${ballotShortLabel(ballot, t)} · R${ballot.round}`,
    draftTitle: t.drafts.find((d) => d.id === ballot.draftId)?.title ?? null,
  }));
  const rows = codes.map((code) => ({
    code,
    name: nameOf(code),
    permanent: permanent.has(code),
    cells: ballots.map((b): VoteMatrixCell | null => {
      const v = b.votes.find((vote) => vote.state === code);
      if (!v) return null;
      const style = VOTE_STYLE[v.vote]!;
      return {
        vote: v.vote,
        veto: v.veto,
        letter: v.veto ? 'N·V' : style.letter,
        word: v.veto ? `${style.word} (veto)` : style.word,
      };
    }),
  }));
  return { columns, rows, councilRows: council.length, omitted: Math.max(0, extras.length - maxExtra) };
}

/**
 * The vote matrix: members (rows) by ballots (columns). Each cell carries the vote's letter (Y, N,
 * A, – for absent) on its colour; a veto is framed and marked "V"; a dot means the member had no
 * vote on that ballot. Rows: the fifteen Council members, then seated states outside the Council.
 */
export function voteMatrixSvg(t: Transcript, options: VoteMatrixOptions = {}): string {
  const data = voteMatrixData(t, options);
  const ballots = data.columns.map((c) => c.ballot);
  const rows = data.rows;
  const tooltip = (text: string) => (options.tooltips ?? true ? `<title>${esc(text)}</title>` : '');

  const labelWidth = 180;
  const cellW = 40;
  const cellH = 20;
  const headerH = 86;
  const legendH = data.omitted > 0 ? 56 : 40;
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
  data.columns.forEach(({ ballot: b, label, draftTitle: title }, j) => {
    const cx = labelWidth + j * cellW + cellW / 2;
    parts.push(
      `<text transform="translate(${n(cx + 4)},${headerH - 6}) rotate(-55)" font-size="11" fill="#1a1a1a">${esc(clip(label, 18))}${tooltip(`${title ? `"${title}": ` : ''}${b.announcement ?? 'open'}`)}</text>`,
    );
  });
  rows.forEach((row, i) => {
    const y = headerH + i * cellH;
    if (i === data.councilRows && rows.length > data.councilRows) {
      parts.push(
        `<line x1="0" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" stroke="#555" stroke-width="1" stroke-dasharray="3 2"/>`,
      );
    }
    if (i % 2 === 1)
      parts.push(`<rect x="0" y="${n(y)}" width="${n(width)}" height="${cellH}" fill="#f5f6f8"/>`);
    const label = `${clip(row.name, 22)}${row.permanent ? ' (P5)' : ''}`;
    parts.push(
      `<text x="${labelWidth - 8}" y="${n(y + cellH / 2 + 4)}" font-size="11.5" text-anchor="end" fill="#1a1a1a"${row.permanent ? ' font-weight="600"' : ''}>${esc(label)}</text>`,
    );
    row.cells.forEach((v, j) => {
      const x = labelWidth + j * cellW;
      if (!v) {
        parts.push(
          `<text x="${n(x + cellW / 2)}" y="${n(y + cellH / 2 + 4)}" font-size="11" text-anchor="middle" fill="#999">·</text>`,
        );
        return;
      }
      const style = VOTE_STYLE[v.vote]!;
      parts.push(
        `<rect x="${n(x + 3)}" y="${n(y + 2)}" width="${cellW - 6}" height="${cellH - 4}" rx="2" fill="${style.fill}"${v.veto ? ' stroke="#000" stroke-width="2.5"' : ''}>${tooltip(`${row.name}: ${v.word} on ${data.columns[j]!.draftTitle ?? 'the draft'}`)}</rect>`,
      );
      parts.push(
        `<text x="${n(x + cellW / 2)}" y="${n(y + cellH / 2 + 4)}" font-size="11" font-weight="700" text-anchor="middle" fill="${style.ink}">${v.letter}</text>`,
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
  if (data.omitted > 0) {
    parts.push(
      `<text x="8" y="${ly + 18}" font-size="11" fill="#555">${esc(`…and ${data.omitted} more seated states; their votes are in the vote tables.`)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
