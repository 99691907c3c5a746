import { parseArgs } from 'node:util';
import { Host } from './host';
import { DEFAULT_BIND, DEFAULT_PORT, startServer } from './server';
import { LAN_BIND } from './classroom/network';
import { browserModeSetup } from './cli-options';
import { printClassroomBanner } from './classroom/banner';

/**
 * `npm run host -- [--port N] [--bind ADDR] [--scenarios DIR] [--web DIR]`: browser mode.
 * Prints "Moot Council host: http://127.0.0.1:PORT/".
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      bind: { type: 'string' },
      scenarios: { type: 'string' },
      web: { type: 'string' },
      lan: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      [
        'Usage: npm run host -- [options]',
        '',
        'Serves Moot Council to browsers (browser mode).',
        '',
        `  --port N         port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`,
        `  --bind ADDR      interface to bind (default ${DEFAULT_BIND}, this machine only)`,
        `  --lan            classroom mode: listen on the local network (${LAN_BIND}); students join`,
        '                   with codes, the facilitator with the code printed here (docs/classroom.md)',
        '  --scenarios DIR  scenario folder (default: scenarios/)',
        '  --web DIR        built web bundle (default: out/web)',
      ].join('\n'),
    );
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  // Reachable from the network (--lan, or --bind to a non-loopback address): classroom mode,
  // where every browser needs a code, the facilitator's printed here.
  const { bind, classroom, webRoot, host: hostOptions } = browserModeSetup(values);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `moot-council host: --port must be an integer from 0 to 65535, got "${values.port}"`,
    );
    process.exitCode = 2;
    return;
  }
  const host = new Host(hostOptions);
  try {
    const running = await startServer({
      host,
      webRoot,
      port,
      bind,
      ...(classroom ? { lan: true } : {}),
    });
    if (classroom) {
      host.classroom.setListener({ port: running.port, bind, close: () => running.close() });
      await printClassroomBanner(host, running.port, bind);
    } else console.log(`Moot Council host: ${running.url}`);
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    console.error(
      err.code === 'EADDRINUSE'
        ? `moot-council host: port ${port} is already in use; try --port 0 for a free one`
        : `moot-council host: ${err.message}`,
    );
    process.exitCode = 1;
  }
}

await main();
