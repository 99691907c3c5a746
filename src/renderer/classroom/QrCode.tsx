import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn as SVG (a data URL image: no script, allowed by the page's policy). */
export function QrCode({
  text,
  size = 180,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => !cancelled && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => !cancelled && setSrc(null),
    );
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!src) return <div style={{ width: size, height: size }} aria-hidden />;
  return (
    <img
      src={src}
      width={size}
      height={size}
      alt={label}
      style={{ background: 'white', borderRadius: 4 }}
    />
  );
}
