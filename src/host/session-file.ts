/** Session files for the CLI and the transcript: read (and replay) or write one atomically. */
export {
  readSessionFile,
  writeSessionFile,
  serializeSession,
  sessionFileHeader,
  parseSessionText,
  SessionFileError,
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  type SessionFile,
  type SessionFileHeader,
} from './journal';
