import {
  Alert,
  Anchor,
  Button,
  Center,
  Container,
  MantineProvider,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { sessionTopic, type ClassroomJoinResult, type SessionUpdate } from '../../core/protocol';
import { App } from '../app/App';
import { hrefFor, navigate, useRoute } from '../app/router';
import { colorSchemeManager, cssVariablesResolver, theme } from '../app/theme';
import { HostClientProvider, useConnectionStatus } from '../client/context';
import { Loading } from '../components/Loading';
import { ThemeToggle } from '../components/ThemeToggle';
import type { ClassroomClient } from './ClassroomClient';
import { clearCredential, storeCredential, type Boot, type Credential } from './credential';
import { ProjectorView } from './ProjectorView';

type Phase = { kind: 'idle'; error?: string } | { kind: 'joining' } | { kind: 'ready' };

/** Shows the code to the host once; the client shows it again by itself on every reconnection. */
function useJoin(client: ClassroomClient, initial: Credential | null) {
  const [phase, setPhase] = useState<Phase>(initial ? { kind: 'joining' } : { kind: 'idle' });
  const ended = useSyncExternalStore(
    (notify) => client.onJoin(notify),
    () => client.ended(),
  );
  const joined = useSyncExternalStore(
    (notify) => client.onJoin(notify),
    () => client.joined(),
  );

  const join = useCallback(
    async (credential: Credential) => {
      setPhase({ kind: 'joining' });
      try {
        await client.start(credential);
        storeCredential(credential);
        setPhase({ kind: 'ready' });
      } catch (e) {
        clearCredential();
        setPhase({ kind: 'idle', error: (e as Error).message });
      }
    },
    [client],
  );

  // Once, with the code the page was opened with (a ref: StrictMode runs effects twice).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !initial) return;
    started.current = true;
    void join(initial);
  }, [initial, join]);

  useEffect(() => {
    if (ended && phase.kind === 'ready') {
      clearCredential();
      setPhase({ kind: 'idle', error: ended.reason });
    }
  }, [ended, phase.kind]);

  return { phase, joined, join };
}

function Providers({ client, children }: { client: ClassroomClient; children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <HostClientProvider client={client}>{children}</HostClientProvider>
    </MantineProvider>
  );
}

/**
 * A classroom browser (docs/classroom.md): a student's seat, the projector, or the facilitator
 * on a host opened with `--lan`. The page shows its code to the host before anything else; a
 * student then gets the ordinary session screens for its seat alone.
 */
export function ClassroomApp({ boot, client }: { boot: Boot; client: ClassroomClient }) {
  if (boot.mode === 'facilitator') return <FacilitatorGate boot={boot} client={client} />;
  if (boot.mode === 'projector') return <ProjectorGate boot={boot} client={client} />;
  return <StudentGate boot={boot} client={client} />;
}

// ---------------------------------------------------------------------------------------------
// Students

function StudentGate({ boot, client }: { boot: Boot; client: ClassroomClient }) {
  const { phase, joined, join } = useJoin(client, boot.credential);
  const route = useRoute();

  // Joined: straight to the seat's session screens.
  useEffect(() => {
    if (phase.kind === 'ready' && joined && route.name !== 'session') {
      navigate({ name: 'session', id: joined.sessionId });
    }
  }, [phase.kind, joined, route.name]);

  if (
    phase.kind === 'ready' &&
    joined &&
    route.name === 'session' &&
    route.id === joined.sessionId
  ) {
    return <App client={client} />;
  }
  return (
    <Providers client={client}>
      <Page>
        {phase.kind === 'joining' ? (
          <Loading label="Joining…" />
        ) : phase.kind === 'ready' && joined ? (
          <Seated joined={joined} />
        ) : (
          <CodeForm
            title="Join the session"
            intro="Type the code your instructor gave you for your delegation (or scan its QR code)."
            label="Your join code"
            error={phase.kind === 'idle' ? phase.error : undefined}
            onSubmit={(code) => void join({ kind: 'seat', code })}
          />
        )}
      </Page>
    </Providers>
  );
}

function Seated({ joined }: { joined: ClassroomJoinResult }) {
  return (
    <Stack>
      <Title order={2}>You are {joined.name}</Title>
      <Text>in {joined.title}.</Text>
      <Button component="a" href={hrefFor({ name: 'session', id: joined.sessionId })}>
        Go to your seat
      </Button>
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------------
// Projector

function ProjectorGate({ boot, client }: { boot: Boot; client: ClassroomClient }) {
  const { phase, joined, join } = useJoin(client, boot.credential);
  return (
    <Providers client={client}>
      {phase.kind === 'ready' && joined ? (
        <Projector client={client} sessionId={joined.sessionId} />
      ) : (
        <Page>
          {phase.kind === 'joining' ? (
            <Loading label="Connecting the projector…" />
          ) : (
            <CodeForm
              title="Projector"
              intro="Type the projector code from the facilitator console (Classroom → Copy the projector link)."
              label="Projector code"
              error={phase.kind === 'idle' ? phase.error : undefined}
              onSubmit={(code) => void join({ kind: 'projector', code })}
            />
          )}
        </Page>
      )}
    </Providers>
  );
}

function Projector({ client, sessionId }: { client: ClassroomClient; sessionId: string }) {
  const connection = useConnectionStatus();
  const [update, setUpdate] = useState<SessionUpdate | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const accept = (next: SessionUpdate) => {
      if (next.seatId !== 'projector') return;
      setUpdate(next);
      setOffset(Date.parse(next.now) - Date.now());
    };
    const off = client.onPush((push) => {
      if (push.type === 'update' && push.topic === sessionTopic(sessionId)) {
        accept(push.payload as SessionUpdate);
      }
    });
    return off;
  }, [client, sessionId]);

  // (Re)subscribe on every connection: the host forgets subscriptions when a socket closes.
  useEffect(() => {
    if (connection !== 'connected') return;
    client.request('classroom.projector', { sessionId }).then(
      (next) => {
        setUpdate(next);
        setOffset(Date.parse(next.now) - Date.now());
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [client, sessionId, connection]);

  if (error && !update) {
    return (
      <Page>
        <Alert color="red" title="The projector view could not be shown" role="alert">
          {error}
        </Alert>
      </Page>
    );
  }
  if (!update) return <Loading label="Loading the chamber…" />;
  return (
    <>
      {connection !== 'connected' && (
        <Alert color="yellow" variant="filled" radius={0} role="status">
          Reconnecting to the host…
        </Alert>
      )}
      <ProjectorView view={update.view} clockOffset={offset} timed={update.meta.timers} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Facilitator on a host opened with --lan

function FacilitatorGate({ boot, client }: { boot: Boot; client: ClassroomClient }) {
  const { phase, join } = useJoin(client, boot.credential);
  if (phase.kind === 'ready') return <App client={client} />;
  return (
    <Providers client={client}>
      <Page>
        {phase.kind === 'joining' ? (
          <Loading label="Checking the facilitator code…" />
        ) : (
          <CodeForm
            title="Facilitator"
            intro="Type the facilitator code the host printed in its terminal when it started."
            label="Facilitator code"
            error={phase.kind === 'idle' ? phase.error : undefined}
            onSubmit={(code) => void join({ kind: 'facilitator', code })}
          />
        )}
      </Page>
    </Providers>
  );
}

// ---------------------------------------------------------------------------------------------
// Shared

function Page({ children }: { children: ReactNode }) {
  return (
    <Container size={520} py={48}>
      <Center mb="md" style={{ justifyContent: 'space-between' }}>
        <Title order={1} size="h3">
          Moot Council
        </Title>
        <ThemeToggle />
      </Center>
      <Paper withBorder radius="md" p="lg">
        {children}
      </Paper>
    </Container>
  );
}

function CodeForm({
  title,
  intro,
  label,
  error,
  onSubmit,
}: {
  title: string;
  intro: string;
  label: string;
  error: string | undefined;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = useState('');
  const clean = code.replace(/[\s-]/g, '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (clean.length >= 16) onSubmit(code.trim());
      }}
    >
      <Stack>
        <Title order={2}>{title}</Title>
        <Text size="sm">{intro}</Text>
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="join-error">
            {error}
          </Alert>
        )}
        <TextInput
          label={label}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          styles={{ input: { fontFamily: 'monospace', letterSpacing: 1 } }}
          data-testid="join-code"
        />
        <Button type="submit" disabled={clean.length < 16} data-testid="join-submit">
          Join
        </Button>
        <Text size="xs" c="dimmed">
          Codes are letters and digits; dashes and spaces do not matter. The code stays in this
          browser tab only.{' '}
          <Anchor href="#/" size="xs" underline="always" onClick={() => clearCredential()}>
            Start over
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
