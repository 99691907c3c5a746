import { Badge, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ScenarioOverview } from '../../core/protocol';
import { phaseLabel } from './labels';

/**
 * The header's phase pill. With no session it says so; when a scenario is open it shows that
 * scenario's round plan. Sessions will highlight the current phase here.
 */
export function PhasePill({ scenario }: { scenario?: ScenarioOverview | undefined }) {
  return (
    <Popover width={300} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton aria-label="Phase: no session running. Show the round plan">
          <Badge variant="light" size="lg" style={{ cursor: 'pointer' }}>
            No session
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        {scenario ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Round plan: {scenario.roundPlan.rounds} rounds
            </Text>
            {Object.entries(scenario.roundPlan.timers).map(([phase, seconds]) => (
              <Text size="sm" key={phase} className="tabular">
                {phaseLabel(phase)}: {Math.round((seconds ?? 0) / 60)} min
              </Text>
            ))}
            <Text size="xs" c="dimmed">
              Phases without a timer run until the facilitator advances them.
            </Text>
          </Stack>
        ) : (
          <Text size="sm">No session is running. Open a scenario to see its round plan.</Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
