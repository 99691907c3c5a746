import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { LanAddress } from '../../core/protocol/classroom';

/** Port a classroom listener tries first when the host opens to the network on demand. */
export const LAN_DEFAULT_PORT = 5318;
/** Every IPv4 interface: the listener accepts the classroom on whichever network it is on. */
export const LAN_BIND = '0.0.0.0';

type Interfaces = Record<string, NetworkInterfaceInfo[] | undefined>;

/**
 * The addresses students can reach this computer at: one per non-internal IPv4 interface;
 * private ranges on real adapters first, virtual adapters and link-local (169.254.x.x) last.
 */
export function lanAddresses(
  port: number,
  interfaces: Interfaces = networkInterfaces(),
): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal || info.family !== 'IPv4') continue;
      found.push({
        interface: name,
        address: info.address,
        url: `http://${info.address}:${port}/`,
      });
    }
  }
  // Virtual adapters (containers, virtual machines, VPNs) are rarely the classroom network.
  const virtual = /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|utun|tun|tap|tailscale|zt|wg)/i;
  const rank = (a: LanAddress) =>
    (a.address.startsWith('169.254.') ? 4 : 0) +
    (virtual.test(a.interface) ? 2 : 0) +
    (/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a.address) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b));
}

/**
 * The addresses a listener bound to `bind` can be reached at from the network: every interface
 * for 0.0.0.0 (or ::), that one for a specific address, none for a loopback bind.
 */
export function reachableAddresses(
  port: number,
  bind: string,
  interfaces: Interfaces = networkInterfaces(),
): LanAddress[] {
  const all = lanAddresses(port, interfaces);
  if (bind === '0.0.0.0' || bind === '::' || bind === '') return all;
  if (isLoopback(bind)) return [];
  return all.filter((a) => a.address === bind);
}

/** The join page; with a code, the code travels in the fragment, which browsers never send. */
export function joinUrl(base: string, code?: string): string {
  return `${base}#/join${code ? `/${code}` : ''}`;
}

export function projectorUrl(base: string, code: string): string {
  return `${base}#/projector/${code}`;
}

export function facilitatorUrl(base: string, token: string): string {
  return `${base}#/facilitator/${token}`;
}

/** Whether an address is this machine's loopback (127.0.0.0/8, ::1, IPv4-mapped). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\./.test(a);
}
