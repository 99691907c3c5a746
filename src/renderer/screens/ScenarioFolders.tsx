import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RequestResult } from '../../core/protocol';
import { useHostClient } from '../client/context';

type Folders = RequestResult<'scenarios.folders'>;

/**
 * The folders Home lists scenarios from: the one the app was started with, and folders of this
 * computer the instructor adds here (kept in the host's settings, so they are listed next time).
 */
export function ScenarioFolders({ onChange }: { onChange: () => void }) {
  const client = useHostClient();
  const [folders, setFolders] = useState<Folders | null>(null);
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void client.request('scenarios.folders', {}).then((answer) => live && setFolders(answer), () => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  async function change(request: () => Promise<Folders>) {
    setProblem(null);
    try {
      setFolders(await request());
      setPath('');
      onChange();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  if (!folders) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="scenario-folders">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Scenario folders
        </Title>
        <Text size="sm" c="dimmed">
          Scenarios are listed from these folders of this computer. Add the folder where you keep your own scenario files.
        </Text>
        <Text size="sm">
          {folders.shipped} <Text span c="dimmed">(the app's scenarios folder)</Text>
        </Text>
        {folders.added.map((folder) => (
          <Group key={folder} gap="xs" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {folder}
            </Text>
            <ActionIcon variant="subtle" color="red" aria-label={`Stop listing scenarios from ${folder}`} onClick={() => void change(() => client.request('scenarios.removeFolder', { path: folder }))}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim()) void change(() => client.request('scenarios.addFolder', { path }));
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput
              label="Add a folder"
              placeholder="/home/you/scenarios"
              value={path}
              onChange={(event) => setPath(event.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="scenario-folder-path"
            />
            <Button type="submit" variant="default" disabled={!path.trim()}>
              Add folder
            </Button>
          </Group>
        </form>
        {problem && (
          <Alert color="red" variant="light" title="The folder was not added">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
