import type { MootCouncilBridge } from '../core/protocol/channels';

declare global {
  interface Window {
    /** Present in the desktop app only (exposed by src/preload). */
    mootCouncil?: MootCouncilBridge;
  }
}

export {};
