import {
  Button,
  Group,
  Modal,
  Text,
  useMantineColorScheme,
  useComputedColorScheme,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ShellCommand } from '../../core/protocol';
import { useHostClient } from '../client/context';

const NOT_YET: Partial<Record<ShellCommand, string>> = {
  'session.new': 'New session',
  'session.open': 'Open session',
  'session.saveAs': 'Save session as',
  'session.export': 'Export debrief',
};

/** Reacts to the desktop menu's commands (pushed by the main process). */
export function ShellCommands() {
  const client = useHostClient();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const [pending, setPending] = useState<string | null>(null);

  useEffect(
    () =>
      client.onPush((push) => {
        if (push.type !== 'command') return;
        if (push.command === 'theme.toggle') setColorScheme(computed === 'dark' ? 'light' : 'dark');
        else if (NOT_YET[push.command]) setPending(NOT_YET[push.command]!);
      }),
    [client, computed, setColorScheme],
  );

  return (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={pending ?? ''}
      centered
    >
      <Text size="sm">Sessions are not built yet in this version of Moot Council.</Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={() => setPending(null)}>OK</Button>
      </Group>
    </Modal>
  );
}
