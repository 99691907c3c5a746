import { describe, expect, it } from 'vitest';
import { createShellHandler, type ShellDeps } from './shell-ipc';

function fakeDeps(answer: string | null) {
  const calls: { dialog: unknown[]; shown: string[] } = { dialog: [], shown: [] };
  const deps: ShellDeps = {
    showSaveDialog: async (options) => {
      calls.dialog.push(options);
      return answer;
    },
    showItemInFolder: (file) => calls.shown.push(file),
    defaultFolder: () => '/home/student/Documents',
    join: (folder, name) => `${folder}/${name}`,
  };
  return { deps, calls };
}

describe('the shell IPC for exports', () => {
  it('asks for a save path with the suggested name and the format filter, and adds the extension', async () => {
    const { deps, calls } = fakeDeps('/home/student/Documents/kestria');
    const handle = createShellHandler(deps);
    const reply = await handle({ type: 'export.chooseFile', fileName: 'kestria-IRL.pdf', format: 'pdf' });
    expect(reply).toEqual({ ok: true, file: '/home/student/Documents/kestria.pdf' });
    expect(calls.dialog).toEqual([
      { title: 'Export the transcript', defaultPath: '/home/student/Documents/kestria-IRL.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    ]);
  });

  it('answers null when the dialog is cancelled', async () => {
    const { deps } = fakeDeps(null);
    expect(await createShellHandler(deps)({ type: 'export.chooseFile', fileName: 'x.md', format: 'md' })).toEqual({ ok: true, file: null });
  });

  it('shows in its folder only a file the dialog handed out', async () => {
    const { deps, calls } = fakeDeps('/tmp/record.html');
    const handle = createShellHandler(deps);
    expect(await handle({ type: 'export.showInFolder', file: '/etc/passwd' })).toEqual({ ok: false, error: 'Only an exported file can be shown in its folder.' });
    await handle({ type: 'export.chooseFile', fileName: 'record.html', format: 'html' });
    expect(await handle({ type: 'export.showInFolder', file: '/tmp/record.html' })).toEqual({ ok: true, file: '/tmp/record.html' });
    expect(calls.shown).toEqual(['/tmp/record.html']);
  });

  it('refuses malformed requests: unknown types, paths as file names, extra fields', async () => {
    const { deps, calls } = fakeDeps('/tmp/x.md');
    const handle = createShellHandler(deps);
    for (const bad of [
      null,
      'export.chooseFile',
      { type: 'shell.openExternal', url: 'https://example.com' },
      { type: 'export.chooseFile', fileName: '../../etc/x.md', format: 'md' },
      { type: 'export.chooseFile', fileName: 'x.exe', format: 'exe' },
      { type: 'export.showInFolder', file: '/tmp/x.md', extra: true },
    ]) {
      expect((await handle(bad)).ok).toBe(false);
    }
    expect(calls.dialog).toEqual([]);
  });
});
