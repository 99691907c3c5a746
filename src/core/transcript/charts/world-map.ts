import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TranscriptBallot } from '../schema';
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
  /** One path per drawn country: alpha-3 code (null for a territory with no code) and its SVG path. */
  countries: { code: string | null; name: string; d: string }[];
  outline: string;
}

const cache = new WeakMap<object, WorldFeatures>();

/** Projects the world-atlas countries (Antarctica left out) into paths; cached per topology object. */
export function worldFeatures(topology: WorldTopology): WorldFeatures {
  const cached = cache.get(topology);
  if (cached) return cached;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  const drawn = collection.features.filter((f) => alpha3OfNumeric(f.id as string | undefined) !== 'ATA');
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: drawn } as FeatureCollection,
  );
  const path = geoPath(projection).digits(1);
  const countries = drawn
    .map((f: Feature<Geometry, { name?: string }>) => ({ code: alpha3OfNumeric(f.id as string | undefined), name: f.properties?.name ?? '', d: path(f) ?? '' }))
    .filter((c) => c.d !== '');
  const outline = path({ type: 'Sphere' }) ?? '';
  const result = { width: WIDTH, height: HEIGHT, countries, outline };
  cache.set(topology, result);
  return result;
}

export interface AssemblyMapOptions {
  /** Names for the caption and tooltips. */
  nameOf?: (code: string) => string;
  /** States with a seat in the session: outlined in black. */
  seated?: readonly string[];
  title?: string;
}

/**
 * The Assembly vote on a world map, in the colours of the hall's board: green yes, red no, yellow
 * abstain, grey absent. Colour is not the only signal: "no" is also hatched and "abstain" dotted,
 * and the legend gives each count. Member States too small to draw at 1:110m (and fictional
 * states) are named under the map with their votes.
 */
export function assemblyMapSvg(ballot: TranscriptBallot, world: WorldFeatures, options: AssemblyMapOptions = {}): string {
  const nameOf = options.nameOf ?? ((code: string) => ballot.votes.find((v) => v.state === code)?.name ?? code);

  const votes = new Map(ballot.votes.map((v) => [v.state, v]));
  const seated = new Set(options.seated ?? []);
  const id = safeId(`map-${ballot.id}`);
  const drawnCodes = new Set(world.countries.map((c) => c.code).filter((c): c is string => c !== null));
  const notDrawn = ballot.votes.filter((v) => !drawnCodes.has(v.state)).sort((a, b) => (nameOf(a.state) < nameOf(b.state) ? -1 : nameOf(a.state) > nameOf(b.state) ? 1 : 0));
  const legendH = 30;
  const footH = notDrawn.length > 0 ? 16 + Math.ceil(notDrawn.length / 4) * 14 : 0;
  const height = world.height + legendH + footH + 6;
  const title = options.title ?? `General Assembly vote on draft ${ballot.draftId}`;
  const tally = ballot.tally;
  const parts: string[] = [
    svgOpen(
      world.width,
      height,
      title,
      tally
        ? `World map of the vote: ${tally.inFavour} in favour (green), ${tally.against} against (red, hatched), ${tally.abstentions} abstaining (yellow, dotted), ${tally.absent} absent (grey).`
        : 'World map of the vote.',
      'chart assembly-map',
    ),
    `<defs><pattern id="${id}-no" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${VOTE_STYLE.no!.fill}"/><line x1="0" y1="0" x2="0" y2="5" stroke="#ffffff" stroke-width="1.6"/></pattern>`,
    `<pattern id="${id}-abstain" patternUnits="userSpaceOnUse" width="5" height="5"><rect width="5" height="5" fill="${VOTE_STYLE.abstain!.fill}"/><circle cx="2.5" cy="2.5" r="0.9" fill="#6b5400"/></pattern></defs>`,
    `<rect x="0" y="0" width="${world.width}" height="${n(height)}" fill="#ffffff"/>`,
    `<path d="${world.outline}" fill="#f3f7fb" stroke="#c9d3de" stroke-width="0.8"/>`,
  ];
  const fillOf = (vote: string | undefined): string => {
    if (vote === 'no') return `url(#${id}-no)`;
    if (vote === 'abstain') return `url(#${id}-abstain)`;
    if (vote === 'yes') return VOTE_STYLE.yes!.fill;
    if (vote === 'absent') return VOTE_STYLE.absent!.fill;
    return '#eceef1';
  };
  const outlined: string[] = [];
  for (const c of world.countries) {
    const v = c.code ? votes.get(c.code) : undefined;
    const label = v ? `${nameOf(v.state)}: ${VOTE_STYLE[v.vote]!.word}${v.defaulted ? '' : ' (seated delegation)'}` : `${c.name}: not a voting Member`;
    const path = `<path d="${c.d}" fill="${fillOf(v?.vote)}" stroke="#ffffff" stroke-width="0.4"><title>${esc(label)}</title></path>`;
    if (c.code && seated.has(c.code)) outlined.push(`<path d="${c.d}" fill="none" stroke="#111" stroke-width="1.3"/>`);
    parts.push(path);
  }
  parts.push(...outlined);
  // legend
  const ly = world.height + 20;
  let lx = 8;
  const counts: Record<string, number> = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const v of ballot.votes) counts[v.vote] = (counts[v.vote] ?? 0) + 1;
  for (const key of ['yes', 'no', 'abstain', 'absent'] as const) {
    const fill = key === 'no' || key === 'abstain' ? `url(#${id}-${key})` : VOTE_STYLE[key]!.fill;
    const word = `${VOTE_STYLE[key]!.letter} ${VOTE_STYLE[key]!.word} (${counts[key]})`;
    parts.push(`<rect x="${lx}" y="${ly - 11}" width="18" height="13" fill="${fill}" stroke="#555" stroke-width="0.5"/><text x="${lx + 24}" y="${ly}" font-size="12" fill="#1a1a1a">${esc(word)}</text>`);
    lx += 24 + word.length * 6.6 + 18;
  }
  if (seated.size > 0) {
    parts.push(`<rect x="${lx}" y="${ly - 11}" width="18" height="13" fill="#ffffff" stroke="#111" stroke-width="1.3"/><text x="${lx + 24}" y="${ly}" font-size="12" fill="#1a1a1a">seated delegation</text>`);
    lx += 150;
  }
  if (tally) {
    parts.push(`<text x="${world.width - 8}" y="${ly}" font-size="12" text-anchor="end" fill="#1a1a1a" font-weight="600">${esc(`${tally.required} of ${tally.presentAndVoting} needed: ${ballot.adopted ? 'adopted' : 'not adopted'}`)}</text>`);
  }
  if (notDrawn.length > 0) {
    const fy = world.height + legendH + 12;
    parts.push(`<text x="8" y="${fy}" font-size="11" fill="#333">Not drawn at this scale:</text>`);
    notDrawn.forEach((v, i) => {
      const col = i % 4;
      const row = Math.floor(i / 4);
      parts.push(`<text x="${8 + col * 238}" y="${fy + 14 + row * 14}" font-size="10.5" fill="#333">${esc(clip(`${VOTE_STYLE[v.vote]!.letter} ${nameOf(v.state)}`, 40))}</text>`);
    });
  }
  parts.push('</svg>');
  return parts.join('');
}
