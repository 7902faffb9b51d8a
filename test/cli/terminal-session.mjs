// Runs humfig command lines one after another in this one process, on this process's own
// standard streams: under `script` (terminal.test.ts) they are a real pseudo-terminal, so each
// command sees a terminal of the session's width, as it would when started from a shell, without
// a Node start per command. Before each command it prints the marker line and the command.
//
//   node test/cli/terminal-session.mjs MARKER '[["list"], ["get", "x"]]'
const entry = new URL('../../dist/cli.js', import.meta.url).href;
const [marker, json] = process.argv.slice(2);
const commands = JSON.parse(json);
const own = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM'), error: process.stdout.listeners('error') };
let run = 0;
for (const args of commands) {
  process.stdout.write(`${marker}${args.join(' ')}\n`);
  process.argv = [process.argv[0], 'humfig', ...args];
  process.exitCode = undefined;
  // a fresh evaluation of the entry for each command (its imports stay loaded, as in a long-lived process)
  await import(`${entry}?run=${++run}`);
  // the entry adds its signal and EPIPE handlers on each run: keep one set
  for (const signal of ['SIGINT', 'SIGTERM']) for (const l of process.listeners(signal)) if (!own[signal].includes(l)) process.removeListener(signal, l);
  for (const l of process.stdout.listeners('error')) if (!own.error.includes(l)) process.stdout.removeListener('error', l);
}
process.exitCode = 0;
