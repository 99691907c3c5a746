import { Button } from '@mantine/core';
import { useContext, useState } from 'react';
import { requestShellCommand } from '../../app/ShellCommands';
import { ExportDialog } from '../ExportDialog';
import { SessionShellContext } from '../shell-context';

/**
 * Export of the debrief transcript, one click away: the same dialog as File ▸ Export…, with this
 * seat's record preselected (the facilitator's: the whole record). Outside a host session it asks
 * the shell, which says plainly when export is not available.
 */
export function ExportButton({ as }: { as: string | null }) {
  const shell = useContext(SessionShellContext);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        onClick={() => (shell ? setOpen(true) : requestShellCommand('session.export'))}
        data-testid="export-debrief"
        style={{ flexShrink: 0 }}
      >
        Export the debrief…
      </Button>
      {shell && <ExportDialog opened={open} onClose={() => setOpen(false)} sessionId={shell.meta.sessionId} preferred={as ?? 'facilitator'} />}
    </>
  );
}
