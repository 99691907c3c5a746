import { Button } from '@mantine/core';
import { requestShellCommand } from '../../app/ShellCommands';

/**
 * Export of the debrief (transcript, judgment), one click away. It asks the shell, which runs the
 * export where the host supports it and otherwise says plainly that it is not available yet.
 */
export function ExportButton() {
  return (
    <Button variant="default" onClick={() => requestShellCommand('session.export')} data-testid="export-debrief" style={{ flexShrink: 0 }}>
      Export the debrief…
    </Button>
  );
}
