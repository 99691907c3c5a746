import { Alert, Stack, Text } from '@mantine/core';
import type { SessionView } from '../../core/session';

/**
 * Injects the facilitator wrote during the current phase, above a delegation's screen until the
 * phase ends: a delegate on any screen (and on a narrow window, where the live timeline folds
 * away) reads them when they arrive. Only those this seat may see are in its view.
 */
export function InjectNotice({ view }: { view: SessionView }) {
  const { state } = view;
  if (view.viewer.kind !== 'seat') return null;
  const seqs = new Set(state.facilitatorActions.filter((f) => f.action === 'inject.write' && f.round === state.round && f.phase === state.phase).map((f) => f.seq));
  if (seqs.size === 0) return null;
  const written = state.log.flatMap((e) => (seqs.has(e.seq) && e.event.type === 'inject.write' ? [{ seq: e.seq, inject: e.event }] : []));
  return (
    <Stack gap="xs" mb="md">
      {written.map(({ seq, inject }) => (
        <Alert key={seq} variant="light" color="unblue" title={`Crisis update: ${inject.title}`} data-testid="inject-notice" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm">{inject.text}</Text>
          {inject.recipients && (
            <Text size="xs" c="dimmed" mt={4}>
              Sent to your delegation{inject.recipients.length > 1 ? ' and others' : ''} only.
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
