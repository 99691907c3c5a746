import { resolve } from 'node:path';
import type { HostOptions } from './host';
import { defaultScenariosDir, defaultWebRoot, settingsFile } from './paths';
import { DEFAULT_BIND } from './server';
import { LAN_BIND, isLoopback } from './classroom/network';

/** The options of `npm run host` (src/host/main.ts), as parsed. */
export interface HostArgs {
  bind?: string;
  lan?: boolean;
  scenarios?: string;
  web?: string;
}

/**
 * What browser mode listens on, and the rule for the network: the host listens where it was
 * started and nowhere else. `--bind 127.0.0.1` (the default) is this computer only, and Open to
 * classroom never widens it; `--lan` (or a non-loopback `--bind`) listens on the network from the
 * start, and the classroom uses that listener. Every listener serves the `--web` bundle.
 */
export function browserModeSetup(args: HostArgs): {
  bind: string;
  classroom: boolean;
  webRoot: string;
  host: HostOptions;
} {
  const bind = args.bind ?? (args.lan ? LAN_BIND : DEFAULT_BIND);
  const webRoot = args.web ? resolve(args.web) : defaultWebRoot();
  return {
    bind,
    classroom: args.lan === true || !isLoopback(bind),
    webRoot,
    host: {
      scenariosDir: args.scenarios ? resolve(args.scenarios) : defaultScenariosDir(),
      settingsFile: settingsFile(),
      classroom: { listenOnDemand: false, webRoot },
    },
  };
}
