import { readSessionFile, SessionFileError, type SessionFile } from '../host/session-file';

/**
 * Reads a session file for a command that only reads it (score, export, verify): no lock is
 * needed, and nothing is changed. Problems are printed once, "FILE: what is wrong"; null if the
 * file cannot be read.
 */
export function readSessionForCommand(sessionFile: string): SessionFile | null {
  try {
    return readSessionFile(sessionFile);
  } catch (error) {
    if (error instanceof SessionFileError) {
      console.error(`${sessionFile}: ${error.message}`);
      return null;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      console.error(`${sessionFile}: no such session file.`);
      return null;
    }
    if (code) {
      console.error(`${sessionFile}: cannot read the session file: ${code}`);
      return null;
    }
    throw error;
  }
}

/** Prints what a reader should know before trusting the file: a damaged last line, an edited record. */
export function reportSessionNotices(sessionFile: string, file: SessionFile): void {
  for (const warning of file.warnings) console.error(`${sessionFile}: ${warning}`);
  if (file.integrity.status !== 'verified') console.error(`${sessionFile}: ${file.integrity.summary}`);
}
