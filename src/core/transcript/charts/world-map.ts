import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TranscriptBallot } from '../transcript-schema';
import { alpha3OfNumeric } from './iso-numeric';
import { clip, esc, n, safeId, svgOpen, VOTE_STYLE } from './svg';

/** world-atlas countries TopoJSON (countries-110m.json), read by the host or CLI and handed in. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

const WIDTH = 960;
const HEIGHT = 480;

/** The countries as SVG paths, projected once per topology (Natural Earth projection). */
export interface WorldFeatures {
  width: number;
  height: number;
  /**
   * One path per drawn country: alpha-3 code (null for a territory with no code), its SVG path, and
   * where its vote letter goes (the centre of its largest part; null when too small to letter).
   */
  countries: { code: string | null; name: string; d: string; label: [number, number] | null }[];
  outline: string;
}

const cache = new WeakMap<object, WorldFeatures>();

/** Projects the world-atlas countries (Antarctica left out) into paths; cached per topology object. */
export function worldFeatures(topology: WorldTopology): WorldFeatures {
  const cached = cache.get(topology);
  if (cached) return cached;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  const drawn = collection.features.filter(
    (f) => alpha3OfNumeric(f.id as string | undefined) !== 'ATA',
  );
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: drawn } as FeatureCollection,
  );
  const path = geoPath(projection).digits(1);
  const countries = drawn
    .map((f: Feature<Geometry, { name?: string }>) => ({
      code: alpha3OfNumeric(f.id as string | undefined),
      name: f.properties?.name ?? '',
      d: path(f) ?? '',
      label: labelPoint(path, f.geometry),
    }))
    .filter((c) => c.d !== '');
  const outline = path({ type: 'Sphere' }) ?? '';
  const result = { width: WIDTH, height: HEIGHT, countries, outline };
  cache.set(topology, result);
  return result;
}

/** Projected area (px²) a country's largest part needs to carry its vote letter. */
const LETTER_MIN_AREA = 140;

function labelPoint(path: ReturnType<typeof geoPath>, geometry: Geometry): [number, number] | null {
  const parts: Geometry[] =
    geometry.type === 'MultiPolygon'
      ? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }) as Geometry)
      : [geometry];
  let best: { area: number; geometry: Geometry } | null = null;
  for (const part of parts) {
    const area = path.area(part);
    if (!best || area > best.area) best = { area, geometry: part };
  }
  if (!best || best.area < LETTER_MIN_AREA) return null;
  const [x, y] = path.centroid(best.geometry);
  return Number.isFinite(x) && Number.isFinite(y)
    ? [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
    : null;
}

export interface AssemblyMapOptions {
  /** Names for the caption and tooltips. */
  nameOf?: (code: string) => string;
  /** States with a seat in the session: outlined in black. */
  seated?: readonly string[];
  title?: string;
  /**
   * Reference the country shapes of worldDefsSvg(world, sharedId) placed once in the same
   * document instead of drawing them inline: a transcript with twenty Assembly votes carries the
   * world's outlines once, not twenty times.
   */
  sharedId?: string;
  /** Each country's name and vote as a hover tooltip (default true; the printed record has none). */
  tooltips?: boolean;
}

/** The country shapes as one hidden SVG of definitions, for maps drawn with `sharedId`. */
export function worldDefsSvg(world: WorldFeatures, sharedId: string): string {
  const id = safeId(sharedId);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs><path id="${id}-sphere" d="${world.outline}"/>${world.countries
    .map((c, i) => `<path id="${id}-${i}" d="${c.d}"/>`)
    .join('')}</defs></svg>`;
}

/**
 * The Assembly vote on a world map, in the colours of the hall's board: green yes, red no, yellow
 * abstain, grey absent. Colour is not the only signal: every country large enough carries its
 * vote's letter (Y, N, A), as the hall's lights do, and the legend gives each count. (Pattern fills
 * were tried and dropped: Chromium prints them as images, slow and heavy.) Member States too
 * small to draw at 1:110m, and fictional states, are named under the map with their votes.
 */
export function assemblyMapSvg(
  ballot: TranscriptBallot,
  world: WorldFeatures,
  options: AssemblyMapOptions = {},
): string {
  const nameOf =
    options.nameOf ?? ((code: string) => ballot.votes.find((v) => v.state === code)?.name ?? code);

  const votes = new Map(ballot.votes.map((v) => [v.state, v]));
  const seated = new Set(options.seated ?? []);
  const drawnCodes = new Set(
    world.countries.map((c) => c.code).filter((c): c is string => c !== null),
  );
  const notDrawn = ballot.votes
    .filter((v) => !drawnCodes.has(v.state))
    .sort((a, b) =>
      nameOf(a.state) < nameOf(b.state) ? -1 : nameOf(a.state) > nameOf(b.state) ? 1 : 0,
    );
  const legendH = 30;
  const footH = notDrawn.length > 0 ? 16 + Math.ceil(notDrawn.length / 4) * 14 : 0;
  const height = world.height + legendH + footH + 6;
  const title = options.title ?? 'The General Assembly vote';
  const tally = ballot.tally;
  const parts: string[] = [
    svgOpen(
      world.width,
      height,
      title,
      tally
        ? `World map of the vote: ${tally.inFavour} in favour (green, Y), ${tally.against} against (red, N), ${tally.abstentions} abstaining (yellow, A), ${tally.absent} absent (grey).`
        : 'World map of the vote.',
      'chart assembly-map',
    ),
    `<rect x="0" y="0" width="${world.width}" height="${n(height)}" fill="#ffffff"/>`,
    options.sharedId
      ? `<use href="#${safeId(options.sharedId)}-sphere" fill="#f3f7fb" stroke="#c9d3de" stroke-width="0.8"/>`
      : `<path d="${world.outline}" fill="#f3f7fb" stroke="#c9d3de" stroke-width="0.8"/>`,
  ];
  const fillOf = (vote: string | undefined): string => (vote ? VOTE_STYLE[vote]!.fill : '#eceef1');
  // Seated delegations are outlined in black, drawn after the others so their outline stays on top.
  const tooltips = options.tooltips ?? true;
  const shape = (i: number, d: string, attributes: string, title: string) => {
    const tooltip = tooltips ? `<title>${esc(title)}</title>` : '';
    return options.sharedId
      ? `<use href="#${safeId(options.sharedId)}-${i}" ${attributes}>${tooltip}</use>`
      : `<path d="${d}" ${attributes}>${tooltip}</path>`;
  };
  const later: string[] = [];
  world.countries.forEach((c, i) => {
    const v = c.code ? votes.get(c.code) : undefined;
    const label = v
      ? `${nameOf(v.state)}: ${VOTE_STYLE[v.vote]!.word}${v.defaulted ? '' : ' (seated delegation)'}`
      : `${c.name}: not a voting Member`;
    const outline = c.code !== null && seated.has(c.code);
    const drawn = shape(
      i,
      c.d,
      `fill="${fillOf(v?.vote)}" stroke="${outline ? '#111' : '#ffffff'}" stroke-width="${outline ? 1.1 : 0.4}"`,
      label,
    );
    if (outline) later.push(drawn);
    else parts.push(drawn);
  });
  parts.push(...later);
  // The vote's letter on every country large enough to carry one (colour is never the only signal).
  const letters: string[] = [];
  for (const c of world.countries) {
    const v = c.code ? votes.get(c.code) : undefined;
    if (!v || !c.label) continue;
    const style = VOTE_STYLE[v.vote]!;
    letters.push(
      `<text x="${n(c.label[0])}" y="${n(c.label[1] + 3.5)}" fill="${style.ink}">${style.letter}</text>`,
    );
  }
  if (letters.length > 0)
    parts.push(
      `<g font-size="9.5" font-weight="700" text-anchor="middle" aria-hidden="true">${letters.join('')}</g>`,
    );
  // The sphere reaches below the drawn countries: the legend gets a clean white band.
  parts.push(
    `<rect x="0" y="${world.height}" width="${world.width}" height="${n(height - world.height)}" fill="#ffffff"/>`,
  );
  const ly = world.height + 20;
  let lx = 8;
  const counts: Record<string, number> = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const v of ballot.votes) counts[v.vote] = (counts[v.vote] ?? 0) + 1;
  for (const key of ['yes', 'no', 'abstain', 'absent'] as const) {
    const style = VOTE_STYLE[key]!;
    const word = `${style.word} (${counts[key]})`;
    parts.push(
      `<rect x="${lx}" y="${ly - 12}" width="18" height="15" fill="${style.fill}" stroke="#555" stroke-width="0.5"/><text x="${lx + 9}" y="${ly}" font-size="10" font-weight="700" text-anchor="middle" fill="${style.ink}">${style.letter}</text><text x="${lx + 24}" y="${ly}" font-size="12" fill="#1a1a1a">${esc(word)}</text>`,
    );
    lx += 24 + word.length * 6.6 + 18;
  }
  if (seated.size > 0) {
    parts.push(
      `<rect x="${lx}" y="${ly - 11}" width="18" height="13" fill="#ffffff" stroke="#111" stroke-width="1.3"/><text x="${lx + 24}" y="${ly}" font-size="12" fill="#1a1a1a">seated delegation</text>`,
    );
    lx += 150;
  }
  if (tally) {
    parts.push(
      `<text x="${world.width - 8}" y="${ly}" font-size="12" text-anchor="end" fill="#1a1a1a" font-weight="600">${esc(`${tally.required} of ${tally.presentAndVoting} needed: ${ballot.adopted ? 'adopted' : 'not adopted'}`)}</text>`,
    );
  }
  if (notDrawn.length > 0) {
    const fy = world.height + legendH + 12;
    parts.push(`<text x="8" y="${fy}" font-size="11" fill="#333">Not drawn at this scale:</text>`);
    notDrawn.forEach((v, i) => {
      const col = i % 4;
      const row = Math.floor(i / 4);
      parts.push(
        `<text x="${8 + col * 238}" y="${fy + 14 + row * 14}" font-size="10.5" fill="#333">${esc(clip(`${VOTE_STYLE[v.vote]!.letter} ${nameOf(v.state)}`, 40))}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

/** One drawn country of an Assembly map: its shape (by index in WorldFeatures), vote and letter. */
export interface AssemblyMapCountry {
  /** Index in WorldFeatures.countries. */
  index: number;
  code: string | null;
  name: string;
  vote: 'yes' | 'no' | 'abstain' | 'absent' | null;
  /** The vote's letter where the country is large enough to carry it (Y, N, A, –). */
  letter: string | null;
  /** A state seated in the session (outlined). */
  seated: boolean;
  /** "Ghana: Yes", or "Greenland: not a voting Member". */
  description: string;
}

export interface AssemblyMapData {
  countries: AssemblyMapCountry[];
  /** Member States that voted but are too small to draw at 1:110m, or fictional: named beside the map. */
  notDrawn: { code: string; name: string; vote: AssemblyMapCountry['vote'] & string; letter: string }[];
  counts: Record<'yes' | 'no' | 'abstain' | 'absent', number>;
}

/**
 * An Assembly vote on the world map as data: each drawn country's vote, letter and words, the
 * voters not drawn at this scale, and the counts for the legend. The app draws it; the export
 * draws the same vote (assemblyMapSvg).
 */
export function assemblyMapData(
  ballot: TranscriptBallot,
  world: WorldFeatures,
  options: Pick<AssemblyMapOptions, 'nameOf' | 'seated'> = {},
): AssemblyMapData {
  const nameOf =
    options.nameOf ?? ((code: string) => ballot.votes.find((v) => v.state === code)?.name ?? code);
  const votes = new Map(ballot.votes.map((v) => [v.state, v]));
  const seated = new Set(options.seated ?? []);
  const countries = world.countries.map((c, index): AssemblyMapCountry => {
    const v = c.code ? votes.get(c.code) : undefined;
    const style = v ? VOTE_STYLE[v.vote]! : null;
    return {
      index,
      code: c.code,
      name: v ? nameOf(v.state) : c.name,
      vote: v?.vote ?? null,
      letter: style && c.label ? style.letter : null,
      seated: c.code !== null && seated.has(c.code),
      description: v
        ? `${nameOf(v.state)}: ${style!.word}${v.defaulted ? '' : ' (seated delegation)'}`
        : `${c.name}: not a voting Member`,
    };
  });
  const drawn = new Set(world.countries.map((c) => c.code).filter((c): c is string => c !== null));
  const notDrawn = ballot.votes
    .filter((v) => !drawn.has(v.state))
    .map((v) => ({ code: v.state, name: nameOf(v.state), vote: v.vote, letter: VOTE_STYLE[v.vote]!.letter }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const v of ballot.votes) counts[v.vote]++;
  return { countries, notDrawn, counts };
}
