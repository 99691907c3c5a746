/**
 * What a classroom browser tab holds: the code it joined with (a seat's or the projector's) or
 * the facilitator's code. Kept in sessionStorage: it survives a reload or a dropped connection
 * in this tab, is gone when the tab closes, and is never shared with another tab.
 *
 * Codes arrive in the URL's fragment (`#/join/<code>`, `#/projector/<code>`,
 * `#/facilitator/<code>`), which browsers never send to the server; the app stores the code and
 * replaces the fragment at once, so the code does not stay in the address bar or the history.
 */
export type Credential =
  | { kind: 'seat'; code: string }
  | { kind: 'projector'; code: string }
  | { kind: 'facilitator'; code: string };

export type ClassroomMode = 'join' | 'projector' | 'facilitator';

const KEY = 'moot-council:classroom';

export function readCredential(storage: Storage | undefined = safeStorage()): Credential | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Credential>;
    if (
      (value.kind === 'seat' || value.kind === 'projector' || value.kind === 'facilitator') &&
      typeof value.code === 'string'
    ) {
      return { kind: value.kind, code: value.code };
    }
  } catch {
    // unreadable: as if none
  }
  return null;
}

export function storeCredential(
  credential: Credential,
  storage: Storage | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(credential));
  } catch {
    // storage unavailable: a reload asks for the code again
  }
}

export function clearCredential(storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export interface Boot {
  mode: ClassroomMode;
  /** The code from the URL or from this tab's storage, if any. */
  credential: Credential | null;
  /** The fragment to show instead of the one that carried a code. */
  replaceHash: string | null;
}

/**
 * Whether this page is a classroom page, and with which code: from the fragment first
 * (`#/join`, `#/join/<code>`, `#/projector/<code>`, `#/facilitator/<code>`), else from a code
 * stored by this tab earlier. Null: the ordinary app.
 */
export function classroomBoot(hash: string, stored: Credential | null): Boot | null {
  const path = hash.replace(/^#/, '');
  const match = /^\/(join|projector|facilitator)(?:\/([A-Za-z0-9-]{16,64}))?\/?$/.exec(path);
  if (match) {
    const [, kind, code] = match;
    if (kind === 'join') {
      return code
        ? { mode: 'join', credential: { kind: 'seat', code }, replaceHash: '#/join' }
        : { mode: 'join', credential: stored?.kind === 'seat' ? stored : null, replaceHash: null };
    }
    if (kind === 'projector') {
      return code
        ? { mode: 'projector', credential: { kind: 'projector', code }, replaceHash: '#/projector' }
        : {
            mode: 'projector',
            credential: stored?.kind === 'projector' ? stored : null,
            replaceHash: null,
          };
    }
    return code
      ? { mode: 'facilitator', credential: { kind: 'facilitator', code }, replaceHash: '#/' }
      : {
          mode: 'facilitator',
          credential: stored?.kind === 'facilitator' ? stored : null,
          replaceHash: null,
        };
  }
  if (!stored) return null;
  const mode: ClassroomMode =
    stored.kind === 'seat' ? 'join' : stored.kind === 'projector' ? 'projector' : 'facilitator';
  return { mode, credential: stored, replaceHash: null };
}
