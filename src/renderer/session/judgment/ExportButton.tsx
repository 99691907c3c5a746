import { Alert, Button, Group, Menu, Text } from '@mantine/core';
import { useContext, useState } from 'react';
import type { SessionExportResult } from '../../../core/protocol/export';
import { requestShellCommand } from '../../app/ShellCommands';
import { useHostClient } from '../../client/context';
import { SessionShellContext } from '../shell-context';

const FORMATS = [
  { format: 'html', label: 'Web page (HTML)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON (data)' },
] as const;

/** Saves an export's content through the browser (a download of a Blob). */
function download(result: SessionExportResult): void {
  if (result.content === null) return;
  const data =
    result.encoding === 'base64' ? Uint8Array.from(atob(result.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(result.content);
  const url = URL.createObjectURL(new Blob([data], { type: result.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = result.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export of the debrief transcript, one click away: the host renders it (`session.export`) for this
 * seat's perspective (the facilitator's: the whole record) and the browser saves it. Outside a
 * host session it asks the shell, which says plainly when export is not available.
 */
export function ExportButton({ as }: { as: string | null }) {
  const shell = useContext(SessionShellContext);
  const client = useHostClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!shell) {
    return (
      <Button variant="default" onClick={() => requestShellCommand('session.export')} data-testid="export-debrief" style={{ flexShrink: 0 }}>
        Export the debrief…
      </Button>
    );
  }
  const run = async (format: (typeof FORMATS)[number]['format']) => {
    setBusy(format);
    setMessage(null);
    try {
      const result = await client.request('session.export', { sessionId: shell.meta.sessionId, format, ...(as ? { as } : {}) });
      download(result);
      setMessage({ ok: true, text: `Saved ${result.fileName} (${Math.max(1, Math.round(result.bytes / 1024))} KB).` });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" align="flex-start" style={{ flexShrink: 0 }}>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy !== null} data-testid="export-debrief">
            Export the debrief…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{as ? `The record as ${as} saw it` : 'The whole record (facilitator)'}</Menu.Label>
          {FORMATS.map((f) => (
            <Menu.Item key={f.format} onClick={() => void run(f.format)} data-testid={`export-${f.format}`}>
              {f.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {message && (
        <Alert color={message.ok ? 'teal' : 'red'} variant="light" p={6} role={message.ok ? 'status' : 'alert'} maw={320}>
          <Text size="xs">{message.text}</Text>
        </Alert>
      )}
    </Group>
  );
}
