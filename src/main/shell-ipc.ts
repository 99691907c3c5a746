import { z } from 'zod';
import { exportFormat } from '../core/protocol/export';

/**
 * The desktop shell's own small IPC (IPC_CHANNELS.shell): what only the main process can do for
 * an export — ask the user where to save the file (the system's save dialog) and, when the host
 * has written it, show it in its folder. Validated with zod here; the folder can be shown only
 * for a path this dialog handed out, so a renderer cannot reveal arbitrary files.
 */
export const shellRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('export.chooseFile'),
    /** The file name the host suggests (e.g. "training-kestria-IRL.pdf"). */
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((name) => !/[\\/]/.test(name), 'a file name, not a path'),
    format: exportFormat,
  }),
  z.strictObject({ type: z.literal('export.showInFolder'), file: z.string().min(1).max(1024) }),
]);
export type ShellRequest = z.infer<typeof shellRequestSchema>;

export type ShellReply =
  | { ok: true; file: string | null }
  | { ok: false; error: string };

const FILTERS: Record<z.infer<typeof exportFormat>, { name: string; extensions: string[] }> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'Rubric for a grade book (CSV)', extensions: ['csv'] },
};

export interface ShellDeps {
  /** The system's save dialog: the chosen absolute path, or null when cancelled. */
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  showItemInFolder(file: string): void;
  /** The folder the dialog opens in (the user's Documents). */
  defaultFolder(): string;
  join(folder: string, name: string): string;
}

/** A handler for shell requests; remembers the paths it handed out. */
export function createShellHandler(deps: ShellDeps): (message: unknown) => Promise<ShellReply> {
  const chosen = new Set<string>();
  return async (message) => {
    const parsed = shellRequestSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'request refused: not a valid shell request' };
    const request = parsed.data;
    if (request.type === 'export.chooseFile') {
      const file = await deps.showSaveDialog({
        title: 'Export the transcript',
        defaultPath: deps.join(deps.defaultFolder(), request.fileName),
        filters: [FILTERS[request.format]],
      });
      if (file) {
        const extension = `.${request.format}`;
        const withExtension = file.toLowerCase().endsWith(extension) ? file : file + extension;
        chosen.add(withExtension);
        return { ok: true, file: withExtension };
      }
      return { ok: true, file: null };
    }
    if (!chosen.has(request.file)) return { ok: false, error: 'Only an exported file can be shown in its folder.' };
    deps.showItemInFolder(request.file);
    return { ok: true, file: request.file };
  };
}
