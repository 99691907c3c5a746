import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { BAND_COLOURS, BAND_WORDS, type StateExposure } from '../law';
import { ToneBadge } from '../kit/ToneBadge';

/** States ranked by exposure; choosing one opens its findings. Bands carry their word as well as a colour. */
export function Ranking({ states, selected, onSelect, me }: { states: StateExposure[]; selected: string | null; onSelect: (code: string) => void; me: string | null }) {
  return (
    <Stack gap={2} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="States ranked by exposure" data-testid="ranking">
      {states.map((s, i) => (
        <li key={s.state}>
          <UnstyledButton className="mc-row-button" aria-pressed={selected === s.state} onClick={() => onSelect(s.state)} data-testid={`rank-${s.state}`}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={8} wrap="nowrap" miw={0}>
                <Text size="sm" c="dimmed" className="tabular" w={22} ta="right">
                  {i + 1}.
                </Text>
                <Text size="sm" fw={700} truncate="end" miw={0}>
                  {s.name}
                  {s.state === me ? ' (you)' : ''}
                </Text>
              </Group>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={700} className="tabular">
                  {s.exposure.toFixed(1)}
                </Text>
                <ToneBadge size="sm" color={BAND_COLOURS[s.band]} w={86}>
                  {BAND_WORDS[s.band]}
                </ToneBadge>
              </Group>
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
