import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { pdfFooterTemplate, type PdfPrinter } from '../host/export';

const PARTITION = 'moot-council-export';
const MM_PER_INCH = 25.4;

/**
 * The desktop app's PDF printer for transcripts: Electron's printToPDF on a hidden window that
 * runs no script, has no preload and no Node, and may load nothing but the one transcript file
 * (written to a private temporary folder and removed afterwards). The transcript is self-contained,
 * so refusing every other request costs nothing.
 */
export function electronPdfPrinter(): PdfPrinter {
  return async (html, { footer }) => {
    const dir = mkdtempSync(join(tmpdir(), 'moot-council-export-'));
    const file = join(dir, 'transcript.html');
    const fileUrl = pathToFileURL(file).href;
    writeFileSync(file, html, 'utf8');
    const exportSession = session.fromPartition(PARTITION, { cache: false });
    exportSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    exportSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: details.url !== fileUrl }),
    );
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        partition: PARTITION,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    try {
      await window.loadURL(fileUrl);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: pdfFooterTemplate(footer),
        margins: {
          top: 16 / MM_PER_INCH,
          bottom: 18 / MM_PER_INCH,
          left: 14 / MM_PER_INCH,
          right: 14 / MM_PER_INCH,
        },
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
