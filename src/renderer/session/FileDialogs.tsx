import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecentSession } from '../../core/protocol';
import { navigate } from '../app/router';
import { HostError } from '../client/HostClient';
import { useHostClient, useHostRequest } from '../client/context';
import { Loading } from '../components/Loading';

const MODE_LABEL: Record<string, string> = { solo: 'solo practice', hotseat: 'hot-seat', facilitator: 'facilitator-only', classroom: 'classroom' };

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** Opens a session file on the host and goes to it. */
export function useOpenSession() {
  const client = useHostClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async (file: string): Promise<boolean> => {
    setBusy(file);
    setError(null);
    try {
      const meta = await client.request('session.open', { file });
      navigate({ name: 'session', id: meta.sessionId });
      return true;
    } catch (e) {
      setError(e instanceof HostError ? e.message : String(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { open, busy, error };
}

/** The recent sessions in the sessions folder, newest first, each with an Open button. */
export function RecentSessions({ onOpened, limit }: { onOpened?: () => void; limit?: number }) {
  const state = useHostRequest('session.recent', {});
  const { open, busy, error } = useOpenSession();
  if (state.status === 'loading') return <Loading label="Looking for recent sessions…" />;
  if (state.status === 'error') {
    return (
      <Alert color="red" variant="light" title="Recent sessions could not be listed">
        {state.error.message}
      </Alert>
    );
  }
  const sessions = state.data.sessions.slice(0, limit ?? 20);
  if (sessions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="no-recent-sessions">
        No saved sessions yet. Sessions are kept in {state.data.folder}.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Recent sessions" data-testid="recent-sessions">
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {sessions.map((s: RecentSession) => (
        <li key={s.file}>
          <Card withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} truncate="end">
                  {s.title}
                </Text>
                <Text size="sm" c="dimmed" truncate="end">
                  {MODE_LABEL[s.mode] ?? s.mode}
                  {s.humanDelegations.length > 0 ? ` · ${s.humanDelegations.join(', ')}` : ''} {s.seed !== null ? ` · seed ${s.seed}` : ''} · {s.events} {s.events === 1 ? 'event' : 'events'} · {when(s.modifiedAt)}
                </Text>
                <Text size="xs" c="dimmed" truncate="end" title={s.file}>
                  {s.name}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                {s.open && <Badge variant="outline" color="unblue.9">open</Badge>}
                <Button
                  size="xs"
                  variant="light"
                  loading={busy === s.file}
                  aria-label={`${s.open ? 'Resume' : 'Open'} ${s.title} (${s.name})`}
                  onClick={async () => {
                    if (await open(s.file)) onOpened?.();
                  }}
                >
                  {s.open ? 'Resume' : 'Open'}
                </Button>
              </Group>
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}

/** File ▸ Open: recent sessions, or any session file by its path. */
export function OpenSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [path, setPath] = useState('');
  const { open, busy, error } = useOpenSession();
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Open a session" size="lg" centered>
      <Stack gap="md">
        {opened && <RecentSessions onOpened={onClose} limit={10} />}
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (path.trim() && (await open(path.trim()))) onClose();
          }}
        >
          <Stack gap="xs">
            <TextInput
              label="Or open a file by its path"
              description="A full path to a .moot.jsonl session file, or a file name in the sessions folder."
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              placeholder="/home/me/sessions/practice.moot.jsonl"
            />
            {error && (
              // A scenario file's problems come one to a line, as `moot-council validate` prints them.
              <Alert color="red" variant="light" role="alert" data-testid="open-error" style={{ whiteSpace: 'pre-line' }}>
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={!path.trim()} loading={busy === path.trim()}>
                Open
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}

/** File ▸ Save as: writes the whole session to a new file (atomically); the session continues there. */
export function SaveAsModal({ opened, onClose, sessionId }: { opened: boolean; onClose: () => void; sessionId: string }) {
  const client = useHostClient();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [exists, setExists] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setError(null);
    setExists(false);
    setSaved(null);
    client
      .request('session.info', { sessionId })
      .then((meta) => setName(((meta.file ?? '').split(/[\\/]/).pop() ?? '').replace(/\.moot\.jsonl$/, '')))
      .catch(() => undefined);
  }, [opened, client, sessionId]);

  const save = async (overwrite: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const meta = await client.request('session.saveAs', { sessionId, file: name.trim(), overwrite });
      setSaved(meta.file);
      setExists(false);
    } catch (e) {
      const message = e instanceof HostError ? e.message : String(e);
      setExists(/already exists/.test(message));
      setError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Save session as" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save(false);
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="File name"
            description="Saved in the sessions folder (or give a full path). The session goes on in the new file."
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setExists(false);
              setSaved(null);
            }}
            rightSection={<Text size="xs" c="dimmed">.moot.jsonl</Text>}
            rightSectionWidth={80}
            data-autofocus
            data-testid="save-as-name"
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          {saved && (
            <Alert color="teal" variant="light" role="status" data-testid="save-as-done">
              Saved to {saved}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {saved ? 'Close' : 'Cancel'}
            </Button>
            {exists ? (
              <Button color="red" loading={busy} onClick={() => void save(true)}>
                Overwrite
              </Button>
            ) : (
              <Button type="submit" loading={busy} disabled={!name.trim()} data-testid="save-as-submit">
                Save
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
