import { Alert, Button, FileButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { RequestResult } from '../../core/protocol';
import { navigate } from '../app/router';
import { useHostClient } from '../client/context';

const OPEN_SCENARIO_EVENT = 'moot-council:open-scenario';
let focusWhenShown = false;

/**
 * File › Open Scenario… in the desktop menu: Home's Open scenario box comes into view with its
 * button focused, so Enter opens the file chooser (a page may not open one without the user's own
 * gesture). Called before navigating to Home: the box takes the focus when it is shown.
 */
export function focusOpenScenario(): void {
  focusWhenShown = true;
  window.dispatchEvent(new Event(OPEN_SCENARIO_EVENT));
}

type Problems = Extract<RequestResult<'scenario.check'>, { ok: false }>['problems'];

/**
 * Open a scenario file from this computer (choose it, or drop it on Home): the host validates it
 * as `moot-council validate` does and opens its overview, or lists its problems one a line, each
 * with the field it concerns in words.
 */
export function OpenScenario() {
  const client = useHostClient();
  const [checked, setChecked] = useState<{ fileName: string; problems: Problems } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const focus = () => {
      if (!button.current) return;
      focusWhenShown = false;
      button.current.scrollIntoView({ block: 'center' });
      button.current.focus();
    };
    if (focusWhenShown) focus();
    window.addEventListener(OPEN_SCENARIO_EVENT, focus);
    return () => window.removeEventListener(OPEN_SCENARIO_EVENT, focus);
  }, []);

  async function check(file: File | null) {
    if (!file) return;
    setFailure(null);
    setChecked(null);
    try {
      const result = await client.request('scenario.check', { fileName: file.name, text: await file.text() });
      if (result.ok) navigate({ name: 'scenario', id: result.id });
      else setChecked({ fileName: file.name, problems: result.problems });
    } catch (error) {
      setFailure(`${file.name} could not be opened: ${(error as Error).message}`);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0] ?? null);
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="open-scenario"
      style={{ borderStyle: 'dashed', borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Text size="sm">Open a scenario file from this computer, or drop it here: it is checked as moot-council validate checks it.</Text>
          <FileButton onChange={(file) => void check(file)} accept=".yaml,.yml,.json">
            {(props) => (
              <Button variant="default" {...props} ref={button} data-testid="open-scenario-button">
                Open scenario…
              </Button>
            )}
          </FileButton>
        </Group>
        {failure && (
          <Alert color="red" variant="light" title="The file could not be opened">
            {failure}
          </Alert>
        )}
        {checked && (
          <Alert color="red" variant="light" title={`${checked.fileName} has ${checked.problems.length} ${checked.problems.length === 1 ? 'problem' : 'problems'}`} data-testid="open-scenario-problems">
            <List size="sm" spacing={4}>
              {checked.problems.map((p, i) => (
                <List.Item key={i}>
                  {p.where ? <Text span fw={600}>{p.where}: </Text> : null}
                  {p.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
