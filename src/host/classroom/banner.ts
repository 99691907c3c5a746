import type { Host } from '../host';
import { facilitatorUrl, joinUrl, reachableAddresses } from './network';
import { terminalQr } from './qr';

/**
 * What `npm run host -- --lan` prints: the facilitator's link (on this machine, with the
 * facilitator code in the fragment), the join address per network interface, and a QR code of
 * the first one for the projector screen.
 */
export async function printClassroomBanner(
  host: Host,
  port: number,
  bind: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const local = `http://127.0.0.1:${port}/`;
  const addresses = reachableAddresses(port, bind);
  log('Moot Council host, classroom mode: open to the local network.');
  log('');
  log(
    `  Facilitator (open on this computer): ${facilitatorUrl(local, host.classroom.facilitatorToken)}`,
  );
  log(`  Facilitator code: ${host.classroom.facilitatorToken}  (keep it to yourself)`);
  log('');
  if (addresses.length === 0) {
    log(
      bind === '0.0.0.0'
        ? '  This computer is on no network: connect it to the classroom Wi-Fi and restart.'
        : `  Bound to ${bind}: not reachable from the network.`,
    );
    log(`  (For a test on this computer only: ${joinUrl(local)})`);
    return;
  }
  log('  Students join at:');
  for (const a of addresses) log(`    ${joinUrl(a.url)}   (${a.interface})`);
  log('');
  log('  Create the session, then "Open to classroom" in the Facilitator console gives each');
  log('  seat its join code. The QR code below opens the join page:');
  log('');
  log(await terminalQr(joinUrl(addresses[0]!.url)));
}
