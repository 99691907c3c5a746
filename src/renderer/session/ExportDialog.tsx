import { Alert, Button, Group, Modal, Progress, Radio, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ExportFormatName, SessionExportResult, SessionMeta } from '../../core/protocol';
import { HostError } from '../client/HostClient';
import { useHostClient } from '../client/context';
import { Loading } from '../components/Loading';
import { formatsFor, defaultPerspective, exportBytes, exportPerspectives, perspectiveOfSeat, sizeLabel } from './export-logic';
import { storedSeat } from './useSession';

type Outcome = { kind: 'downloaded'; result: SessionExportResult } | { kind: 'saved'; result: SessionExportResult; file: string } | { kind: 'error'; message: string };

/** Saves an export's content through the browser (a download of a Blob). */
function download(result: SessionExportResult): void {
  const url = URL.createObjectURL(new Blob([exportBytes(result) as BlobPart], { type: result.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = result.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export the debrief transcript (File ▸ Export… and the debrief's button): format and perspective,
 * progress while the host renders it, then where it went. On the desktop the system's save dialog
 * chooses the file and "Show in folder" opens its folder; in a browser the file is downloaded.
 */
export function ExportDialog({ opened, onClose, sessionId, preferred }: { opened: boolean; onClose: () => void; sessionId: string; preferred?: string | null }) {
  const client = useHostClient();
  const desktop = typeof window !== 'undefined' && window.mootCouncil?.transport === 'ipc' && typeof window.mootCouncil.shell === 'function';
  const [meta, setMeta] = useState<SessionMeta | null>(null);
  const [metaError, setMetaError] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormatName>('html');
  const [as, setAs] = useState<string | null>(null);
  // The full record after the debrief: on by default (docs/transcript.md); off for the class's handout.
  const [appendix, setAppendix] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!opened) return;
    let cancelled = false;
    setOutcome(null);
    setMetaError(null);
    client
      .request('session.info', { sessionId })
      .then((m) => {
        if (cancelled) return;
        setMeta(m);
        // The seat on screen: a delegation's seat exports its own record, not the full one.
        setAs(defaultPerspective(exportPerspectives(m), preferred ?? perspectiveOfSeat(m, storedSeat(sessionId))));
      })
      .catch((e: unknown) => !cancelled && setMetaError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [opened, client, sessionId, preferred]);

  const perspectives = meta ? exportPerspectives(meta) : [];
  // The rubric is the facilitator's: another perspective falls back to HTML.
  useEffect(() => {
    if (format === 'csv' && as !== 'facilitator') setFormat('html');
  }, [format, as]);

  const run = async () => {
    if (!as) return;
    setBusy(true);
    setOutcome(null);
    try {
      const payload = { sessionId, format, appendix, ...(as !== 'facilitator' ? { as } : {}) };
      if (desktop) {
        // The user chooses where to save it (the system's dialog), then the host writes it there.
        const suggested = `${meta?.scenarioId ?? 'session'}-${as === 'facilitator' ? 'full-record' : as}.${format}`;
        const chosen = await window.mootCouncil!.shell({ type: 'export.chooseFile', fileName: suggested, format });
        if (!chosen.ok) throw new Error(chosen.error);
        if (!chosen.file) return; // cancelled
        const result = await client.request('session.export', { ...payload, file: chosen.file, overwrite: true });
        setOutcome({ kind: 'saved', result, file: result.file ?? chosen.file });
      } else {
        const result = await client.request('session.export', payload);
        download(result);
        setOutcome({ kind: 'downloaded', result });
      }
    } catch (e) {
      setOutcome({ kind: 'error', message: e instanceof HostError || e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const showInFolder = async (file: string) => {
    const reply = await window.mootCouncil?.shell({ type: 'export.showInFolder', file });
    if (reply && !reply.ok) setOutcome({ kind: 'error', message: reply.error });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Export the transcript" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {metaError && (
        <Alert color="red" variant="light" role="alert" title="This session cannot be exported">
          {metaError}
        </Alert>
      )}
      {!meta && !metaError && <Loading label="Reading the session…" />}
      {meta && (
        <Stack gap="md" data-testid="export-dialog">
          <Text size="sm" c="dimmed">
            The record of proceedings: rounds and phases, statements, drafts and every vote, agreements, conduct and, once delivered, the judgment with its reasons.
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={600} id="export-format-label">
              Format
            </Text>
            <SegmentedControl
              aria-labelledby="export-format-label"
              value={format}
              onChange={(v) => setFormat(v as ExportFormatName)}
              data={formatsFor(as).map((f) => ({ value: f.value, label: <span data-testid={`export-format-${f.value}`}>{f.label}</span> }))}
              disabled={busy}
              fullWidth
            />
            <Text size="xs" c="dimmed">
              {formatsFor(as).find((f) => f.value === format)?.help}
            </Text>
          </Stack>
          {format !== 'json' && format !== 'csv' && (
            <Switch
              checked={appendix}
              onChange={(e) => setAppendix(e.currentTarget.checked)}
              disabled={busy}
              label="Full record as an appendix"
              description="Off: the debrief alone (the page for the class and a part per delegation), a short handout. The JSON always holds everything."
              data-testid="export-appendix"
            />
          )}
          {perspectives.length === 0 ? (
            <Alert color="yellow" variant="light" title="Nothing this screen may export">
              Only the facilitator or a delegation seated here can export a record.
            </Alert>
          ) : (
            <Radio.Group label="Whose record" value={as} onChange={setAs} description="A delegation's record holds its own brief and channels and nothing private of anyone else.">
              <Stack gap={6} mt={6}>
                {perspectives.map((p) => (
                  <Radio key={p.value} value={p.value} label={p.label} disabled={busy} data-testid={`export-as-${p.value}`} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {busy && (
            <Stack gap={4} role="status" aria-live="polite" data-testid="export-progress">
              <Text size="sm">{format === 'pdf' ? 'Typesetting the PDF… this takes a few seconds.' : 'Writing the transcript…'}</Text>
              <Progress value={100} animated striped aria-label="Exporting" />
            </Stack>
          )}
          {outcome?.kind === 'error' && (
            <Alert color="red" variant="light" role="alert" title="The export failed">
              {outcome.message}
            </Alert>
          )}
          {outcome?.kind === 'downloaded' && (
            <Alert color="teal" variant="light" role="status" title="✓ Exported" data-testid="export-done" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
              {outcome.result.fileName} ({sizeLabel(outcome.result.bytes)}) was downloaded: your browser saves it in its downloads folder.
            </Alert>
          )}
          {outcome?.kind === 'saved' && (
            <Alert color="teal" variant="light" role="status" title="✓ Exported" data-testid="export-done" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                Saved {outcome.file} ({sizeLabel(outcome.result.bytes)}).
              </Text>
              <Button size="xs" variant="default" mt={6} onClick={() => void showInFolder(outcome.file)} data-testid="export-show-in-folder">
                Show in folder
              </Button>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {outcome && outcome.kind !== 'error' ? 'Done' : 'Cancel'}
            </Button>
            <Button onClick={() => void run()} loading={busy} disabled={!as} data-testid="export-submit">
              {desktop ? 'Export…' : 'Export and download'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
