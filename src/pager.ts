/**
 * The pager, as git has one: output longer than the screen, on a terminal, goes through
 * $HUMFIG_PAGER, else $PAGER, else `less -FRX` (quit at once when it fits, keep colour, leave
 * the text on the screen). `--no-pager`, HUMFIG_PAGER=cat or an empty HUMFIG_PAGER turn it off;
 * it is never used when stdout is not a terminal. A pager that cannot start (not installed,
 * exit 127 from the shell) is skipped and the text goes to stdout.
 */

/** The pager command line for this environment, or undefined for none. */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const chosen = env.HUMFIG_PAGER ?? env.PAGER ?? 'less -FRX';
  const trimmed = chosen.trim();
  return trimmed === '' || trimmed === 'cat' ? undefined : trimmed;
}

/** Whether text of this many lines needs a pager on a screen of `rows` rows. */
export function needsPager(text: string, rows: number | undefined): boolean {
  if (!rows || rows <= 0) return false;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++lines >= rows) return true;
  return false;
}

/** Shows `text` through `command`; falls back to `write` when the pager cannot run. */
export async function page(text: string, command: string, write: (text: string) => void): Promise<void> {
  const { spawn } = await import('node:child_process');
  const env = { ...process.env, LESS: process.env.LESS ?? 'FRX', LV: process.env.LV ?? '-c' };
  await new Promise<void>((resolve) => {
    let done = false;
    const fallback = () => {
      if (done) return;
      done = true;
      write(text);
      resolve();
    };
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
    child.on('error', fallback);
    // quitting the pager early closes its input: not an error
    child.stdin.on('error', () => {});
    child.on('close', (code) => {
      if (code === 127 || code === 126) return fallback();
      done = true;
      resolve();
    });
    child.stdin.end(text);
  });
}
