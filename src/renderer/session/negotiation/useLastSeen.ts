import { useCallback, useState } from 'react';

/** The last message seq each channel was read at, per seat, kept for the browser session. */
export function useLastSeen(seatId: string): [Record<string, number>, (channel: string, seq: number) => void] {
  const key = `moot-council:seen:${seatId}`;
  const [seen, setSeen] = useState<Record<string, number>>(() => {
    try {
      return JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as Record<string, number>;
    } catch {
      return {};
    }
  });
  const mark = useCallback(
    (channel: string, seq: number) => {
      setSeen((prev) => {
        if ((prev[channel] ?? 0) >= seq) return prev;
        const next = { ...prev, [channel]: seq };
        try {
          window.sessionStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage may be unavailable (private mode); unread counts then last for this screen only.
        }
        return next;
      });
    },
    [key],
  );
  return [seen, mark];
}
