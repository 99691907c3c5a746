import { Group, NavLink, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ScenarioOverview } from '../../core/protocol';
import { AppFrame } from '../components/AppFrame';
import { PhasePill } from '../components/PhasePill';
import { SeatSelector } from '../components/SeatSelector';
import { StatusBar } from '../components/StatusBar';
import { ThemeToggle } from '../components/ThemeToggle';
import { hrefFor, type Route } from './router';

/** Session screens of UX.md's frame; they light up when sessions land. */
const SESSION_SCREENS = [
  'Brief',
  'Chamber',
  'Negotiation',
  'Conduct',
  'Timeline',
  'Judgment',
] as const;

export interface FrameProps {
  route: Route;
  scenario?: ScenarioOverview | undefined;
  children: ReactNode;
}

/**
 * The app frame of UX.md: header (app, scenario, phase pill, seat), navigation, main, side
 * panel (timeline and channels), status bar.
 */
export function Frame({ route, scenario, children }: FrameProps) {
  return (
    <AppFrame
      navbarWidth={210}
      asideWidth={280}
      mainWidth={1100}
      navLabel="Screens"
      header={
        <Group h={56} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
              <a
                href={hrefFor({ name: 'home' })}
                style={{ color: 'inherit', textDecoration: 'none' }}
              >
                Moot Council
              </a>
            </Title>
            {scenario && (
              <Text c="dimmed" truncate="end" data-testid="header-scenario">
                ─ {scenario.title}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <PhasePill scenario={scenario} />
            <SeatSelector />
            <ThemeToggle />
          </Group>
        </Group>
      }
      navbar={
        <>
          <NavLink
            href={hrefFor({ name: 'home' })}
            label="Scenarios"
            active={route.name === 'home' || route.name === 'scenario'}
          />
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" pt="md" pb={4}>
            Session · none open
          </Text>
          {SESSION_SCREENS.map((label) => (
            <Tooltip key={label} label="Available once a session is running" position="right">
              {/* A disabled button gets no pointer events: the wrapper carries the tooltip. */}
              <div>
                <NavLink
                  component="button"
                  label={label}
                  disabled
                  className="nav-unavailable"
                  style={{ opacity: 0.7 }}
                />
              </div>
            </Tooltip>
          ))}
        </>
      }
      aside={
        <Stack gap="lg">
          <section aria-labelledby="side-timeline">
            <Title order={2} size="h6" id="side-timeline">
              Timeline
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              No session is open. Events appear here as they happen.
            </Text>
          </section>
          <section aria-labelledby="side-channels">
            <Title order={2} size="h6" id="side-channels">
              Channels
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              Bilateral channels open with a session.
            </Text>
          </section>
        </Stack>
      }
      footer={<StatusBar />}
    >
      {children}
    </AppFrame>
  );
}
