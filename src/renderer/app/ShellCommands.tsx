import { Button, Group, Modal, Text, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ShellCommand } from '../../core/protocol';
import { useHostClient } from '../client/context';
import { lazyComponent } from '../components/lazy';
import { OpenSessionModal, SaveAsModal } from '../session/FileDialogs';
import { focusOpenScenario } from '../screens/OpenScenario';
import { navigate, useRoute } from './router';

// Fetched with the session's screens (only a session has a transcript to export), not on Home.
const ExportDialog = lazyComponent(
  () => import('../session/ExportDialog').then((m) => m.ExportDialog),
  () => null,
);

const LOCAL_EVENT = 'moot-council:shell-command';

/** Runs a shell command from inside the app (the nav's File buttons do what the menu does). */
export function requestShellCommand(command: ShellCommand): void {
  window.dispatchEvent(new CustomEvent<ShellCommand>(LOCAL_EVENT, { detail: command }));
}

/** Reacts to the desktop menu's commands (pushed by the main process) and to the in-app File buttons. */
export function ShellCommands() {
  const client = useHostClient();
  const route = useRoute();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const [pending, setPending] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'open' | 'saveAs' | 'export' | null>(null);
  const sessionId = route.name === 'session' ? route.id : null;

  const handler = useRef<(command: ShellCommand) => void>(() => undefined);
  handler.current = (command) => {
    if (command === 'theme.toggle') setColorScheme(computed === 'dark' ? 'light' : 'dark');
    else if (command === 'session.new') navigate({ name: 'new-session' });
    else if (command === 'session.open') setDialog('open');
    else if (command === 'scenario.open') {
      focusOpenScenario();
      navigate({ name: 'home' });
    }
    else if (command === 'session.saveAs') {
      if (sessionId) setDialog('saveAs');
      else setPending('Save session as: open or start a session first.');
    } else if (command === 'session.export') {
      if (sessionId) setDialog('export');
      else setPending('Export: open or start a session first; its transcript is exported from the session.');
    }
  };

  useEffect(() => {
    const unsubscribe = client.onPush((push) => {
      if (push.type === 'command') handler.current(push.command);
    });
    const local = (e: Event) => handler.current((e as CustomEvent<ShellCommand>).detail);
    window.addEventListener(LOCAL_EVENT, local);
    return () => {
      unsubscribe();
      window.removeEventListener(LOCAL_EVENT, local);
    };
  }, [client]);

  return (
    <>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={pending !== null} onClose={() => setPending(null)} title="Not available" centered>
        <Text size="sm">{pending}</Text>
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setPending(null)}>OK</Button>
        </Group>
      </Modal>
      <OpenSessionModal opened={dialog === 'open'} onClose={() => setDialog(null)} />
      {sessionId && <SaveAsModal opened={dialog === 'saveAs'} onClose={() => setDialog(null)} sessionId={sessionId} />}
      {sessionId && <ExportDialog opened={dialog === 'export'} onClose={() => setDialog(null)} sessionId={sessionId} />}
    </>
  );
}
