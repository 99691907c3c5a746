import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useContext, useState } from 'react';
import type { SessionView } from '../../../core/session';
import { HostError } from '../../client/HostClient';
import { useHostClient } from '../../client/context';
import { navigate } from '../../app/router';
import { SessionShellContext } from '../shell-context';

/**
 * In the debrief: play the session again from the start of a round (docs/fork.md). The host
 * makes the fork (the facilitator's; in solo the student's own) and it opens at once.
 */
export function PlayAgain({ view }: { view: SessionView }) {
  const shell = useContext(SessionShellContext);
  const client = useHostClient();
  const rounds = view.state.round;
  const [round, setRound] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const sessionId = shell?.meta.sessionId ?? null;
  if (!sessionId || rounds < 1 || !shell?.meta.localSeats.includes('facilitator')) return null;
  const start = async () => {
    setPending(true);
    setError(null);
    try {
      const meta = await client.request('session.fork', { sessionId, round: Number(round) });
      navigate({ name: 'session', id: meta.sessionId });
    } catch (e) {
      setError(e instanceof HostError ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="play-again-heading" data-testid="play-again">
      <Stack gap="xs">
        <Title order={3} size="h5" id="play-again-heading">
          Play again from a round
        </Title>
        <Text size="sm" c="dimmed">
          A new session with the same scenario, seed and record up to the start of the round you choose. Play it differently; once its judgment is
          delivered, its debrief sets the two judgments side by side.
        </Text>
        <Group align="flex-end">
          <Select
            label="Round"
            data={Array.from({ length: rounds }, (_, i) => ({ value: String(i + 1), label: `Round ${i + 1}` }))}
            value={round}
            onChange={(v) => v && setRound(v)}
            allowDeselect={false}
            w={140}
            data-testid="play-again-round"
          />
          <Button onClick={() => void start()} loading={pending} data-testid="play-again-start">
            Play again from round {round}
          </Button>
        </Group>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
