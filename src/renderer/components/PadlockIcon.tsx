/** A padlock drawn in the text colour (no emoji font is needed), closed or open. */
export function PadlockIcon({ size = 18, open = false }: { size?: number; open?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d={open ? 'M8 11V7a4 4 0 0 1 7.5-2' : 'M8 11V7a4 4 0 0 1 8 0v4'} />
      <circle cx="12" cy="16" r="1.2" fill="currentColor" />
    </svg>
  );
}
