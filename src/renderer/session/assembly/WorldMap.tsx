import { Box, Group, Text } from '@mantine/core';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { alpha3OfNumeric } from '../../../core/transcript/charts/iso-numeric';

export type MapVote = 'yes' | 'no' | 'abstain' | 'absent' | 'pending' | undefined;

const WIDTH = 960;
const HEIGHT = 500;

interface Country {
  code: string | undefined;
  name: string;
  d: string;
}

/** The countries of the bundled Natural Earth 1:110m atlas as SVG paths (computed once). */
function useCountries(): Country[] {
  return useMemo(() => {
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      collection,
    );
    const path = geoPath(projection);
    return collection.features
      .filter((f) => alpha3OfNumeric(f.id) !== 'ATA')
      .map((f) => ({ code: alpha3OfNumeric(f.id) ?? undefined, name: f.properties?.name ?? '', d: path(f) ?? '' }));
  }, []);
}

/**
 * The world coloured by an Assembly vote: the same colours as the vote board (green yes, red no,
 * yellow abstain, unlit absent or not yet voted). Bundled locally: no network.
 */
export function WorldMap({ vote, label }: { vote: (code: string) => MapVote; label: string }) {
  const countries = useCountries();
  return (
    <Box className="world-map" data-testid="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {countries.map((c, i) => {
          const v = c.code ? vote(c.code) : undefined;
          return (
            <path key={`${c.code ?? 'x'}-${i}`} d={c.d} data-code={c.code} data-vote={v ?? 'none'} className="map-country">
              <title>{`${c.name}${v ? `: ${v}` : ''}`}</title>
            </path>
          );
        })}
      </svg>
      <Group gap="md" justify="center" mt={4} aria-hidden="true">
        {(['yes', 'no', 'abstain', 'absent'] as const).map((v) => (
          <Group gap={4} key={v}>
            <span className="vote-light" data-vote={v} />
            <Text size="xs">{v === 'absent' ? 'absent / not a Member' : v}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
