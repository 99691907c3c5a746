import QRCode from 'qrcode';

/** A QR code for the terminal (two rows per character), for `npm run host -- --lan`. */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

/** A QR code as an SVG document. */
export function svgQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
