import { MantineProvider, Title, Text, Anchor } from '@mantine/core';
import { HostClientProvider, useHostRequest } from '../client/context';
import type { HostClient } from '../client/HostClient';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { lazyComponent } from '../components/lazy';
import { Home } from '../screens/Home';
import { Frame } from './Frame';
import { hrefFor, useRoute, type Route } from './router';
import { ShellCommands } from './ShellCommands';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

// Home is in the first chunk; every other screen loads when first opened.
const ScenarioOverviewScreen = lazyComponent(
  () => import('../screens/ScenarioOverview').then((m) => m.ScenarioOverviewScreen),
  'Loading the scenario…',
);
const NewSession = lazyComponent(
  () => import('../session/NewSession').then((m) => m.NewSession),
  'Loading the new session form…',
);
const SessionShell = lazyComponent(
  () => import('../session/SessionShell').then((m) => m.SessionShell),
  ({ route }) => (
    <Frame route={route}>
      <Loading label="Opening the session…" />
    </Frame>
  ),
);

export function App({ client }: { client: HostClient }) {
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <HostClientProvider client={client}>
        <ShellCommands />
        <Screens />
      </HostClientProvider>
    </MantineProvider>
  );
}

function Screens() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return (
        <Frame route={route}>
          <Home />
        </Frame>
      );
    case 'scenario':
      return <ScenarioRoute key={route.id} route={route} />;
    case 'new-session':
      return (
        <Frame route={route}>
          <NewSession scenarioId={route.scenarioId} />
        </Frame>
      );
    case 'session':
      return <SessionShell key={route.id} route={route} />;
    case 'not-found':
      return (
        <Frame route={route}>
          <Title order={2}>Page not found</Title>
          <Text mt="sm">
            Nothing lives at <code>{route.path}</code>.{' '}
            <Anchor href={hrefFor({ name: 'home' })}>Back to the scenarios</Anchor>.
          </Text>
        </Frame>
      );
  }
}

function ScenarioRoute({ route }: { route: Extract<Route, { name: 'scenario' }> }) {
  const state = useHostRequest('scenario.get', { id: route.id }, route.id);
  return (
    <Frame route={route} scenario={state.status === 'ready' ? state.data : undefined}>
      {state.status === 'loading' && <Loading label="Loading the scenario…" />}
      {state.status === 'error' && (
        <>
          <Anchor href={hrefFor({ name: 'home' })} size="sm">
            ← All scenarios
          </Anchor>
          <ErrorNotice
            title="This scenario could not be opened"
            error={state.error}
            onRetry={state.reload}
          />
        </>
      )}
      {state.status === 'ready' && <ScenarioOverviewScreen scenario={state.data} />}
    </Frame>
  );
}
