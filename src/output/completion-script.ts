/**
 * Shell completion scripts for bash, zsh and fish, generated from the command tree that cli.ts
 * declares (so a new flag completes without touching this file). Figure ids, indicators,
 * places, sources, currencies and units are not baked in: the scripts ask `humfig __complete
 * <kind>` at completion time, so they follow the facts file in use (`--facts`, `HUMFIG_FACTS`).
 * Values from a facts file never pass through `compgen -W` or `eval` (which would run a
 * `$(...)` inside one): bash reads them line by line and quotes each with `printf %q`. Fish
 * shows a description beside each flag, command and value.
 */

/**
 * What a positional argument or an option's value is; 'request' is a unit or a word of a
 * conversion request as convert reads it (`100 USD to EUR on 2023-09-29`).
 */
export type ValueKind = 'figure' | 'unit' | 'request' | 'file' | 'choice' | 'date' | 'none' | 'other' | DynamicKind;

/**
 * Kinds whose values come from the facts file in use: an indicator; an indicator or a figure id
 * (history, compare); a place by id, ISO3 code or name; a source id.
 */
export type DynamicKind = 'indicator' | 'series' | 'place' | 'source';

export interface OptionSpec {
  /** long flag, e.g. --format */
  flag: string;
  takesValue: boolean;
  kind: ValueKind;
  choices?: readonly string[];
  /** the flag's one-line summary (fish shows it) */
  description?: string;
}

export interface CommandSpec {
  /** "get", or "rates list" for a subcommand */
  path: string;
  /** one line: what the command does (fish shows it) */
  summary?: string;
  /** for a subcommand, what its group does */
  groupSummary?: string;
  options: readonly OptionSpec[];
  /** what the positional arguments are */
  args: ValueKind;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const word = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** The kind `humfig __complete` takes for the dynamic candidates of a value, if they are dynamic. */
const DYNAMIC: ReadonlyMap<ValueKind, string> = new Map<ValueKind, string>([
  ['figure', 'figures'],
  ['unit', 'units'],
  ['request', 'request'],
  ['indicator', 'indicators'],
  ['series', 'series'],
  ['place', 'places'],
  ['source', 'sources'],
]);
const dynamic = (kind: ValueKind): string | undefined => DYNAMIC.get(kind);

function bash(commands: readonly CommandSpec[], program: string): string {
  // every command and command group (rates, import) at the top level
  const top = [...new Set(commands.map((c) => c.path.split(' ')[0]!))];
  const groups = [...new Set(commands.filter((c) => c.path.includes(' ')).map((c) => c.path.split(' ')[0]!))];
  const cases = commands
    .map((c) => {
      const valued = c.options.filter((o) => o.takesValue);
      const valueCases = valued
        .map((o) => {
          const body =
            o.kind === 'choice' && o.choices
              ? `COMPREPLY=($(compgen -W "${o.choices.join(' ')}" -- "$cur"))`
              : o.kind === 'file'
                ? 'COMPREPLY=($(compgen -f -- "$cur"))'
                : dynamic(o.kind)
                  ? `_${word(program)}_dynamic ${dynamic(o.kind)}`
                  : 'COMPREPLY=()';
          return `          ${o.flag}) ${body}; return ;;`;
        })
        .join('\n');
      const positional =
        c.args === 'file'
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : dynamic(c.args)
            ? `_${word(program)}_dynamic ${dynamic(c.args)}`
            : 'COMPREPLY=()';
      return `    "${c.path}")
        case "$prev" in
${valueCases || '          __none__) ;;'}
        esac
        if [[ "$cur" == -* ]]; then
          COMPREPLY=($(compgen -W "${c.options.map((o) => o.flag).join(' ')} --help" -- "$cur"))
        else
          ${positional}
        fi ;;`;
    })
    .join('\n');
  const fn = `_${word(program)}`;
  return `# bash completion for ${program}; load with: eval "$(${program} completion bash)"
# the candidates of a kind that start with the word typed so far ($cur), each quoted for the
# shell; the facts file is the one the command line names, else HUMFIG_FACTS, else the bundled one
${fn}_dynamic() {
  local facts=() i w
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if [[ "$w" == --facts ]]; then facts=(--facts "\${COMP_WORDS[i+1]/#\~/$HOME}")
    elif [[ "$w" == --facts=* ]]; then w="\${w#--facts=}"; facts=(--facts "\${w/#\~/$HOME}"); fi
  done
  COMPREPLY=()
  while IFS= read -r w; do
    printf -v w '%q' "$w"
    COMPREPLY+=("$w")
  done < <(${program} __complete "$1" --prefix "$cur" \${facts[@]+"\${facts[@]}"} 2>/dev/null)
}
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i w
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    [[ "\${COMP_WORDS[i-1]}" == --facts || "\${COMP_WORDS[i-1]}" == --format || "\${COMP_WORDS[i-1]}" == --color ]] && continue
    if [[ -z "$cmd" ]]; then cmd="$w"
    elif [[ " ${groups.join(' ')} " == *" $cmd "* && "$cmd" != *" "* ]]; then cmd="$cmd $w"; break
    else break; fi
  done
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "--facts --format --json --color --no-color --help --version" -- "$cur"))
    else COMPREPLY=($(compgen -W "${top.join(' ')} help" -- "$cur")); fi
    return
  fi
  case "$cmd" in
${cases}
${groups
    .map((g) => `    "${g}") COMPREPLY=($(compgen -W "${commands.filter((c) => c.path.startsWith(`${g} `)).map((c) => c.path.split(' ')[1]).join(' ')}" -- "$cur")) ;;`)
    .join('\n')}
  esac
}
complete -o default -F ${fn} ${program}
`;
}

/** Text inside single quotes for fish, where a backslash and a quote are escaped. */
const fishQuote = (text: string): string => `'${text.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;

/** ` -d '...'` for a description, or nothing. */
const fishDescription = (text: string | undefined): string => (text ? ` -d ${fishQuote(text)}` : '');

function fish(commands: readonly CommandSpec[], program: string): string {
  const fn = `__${word(program)}_complete`;
  const tops = new Map<string, string | undefined>();
  for (const c of commands) {
    const [first, second] = c.path.split(' ');
    if (!tops.has(first!)) tops.set(first!, second === undefined ? c.summary : c.groupSummary);
  }
  const lines = [
    `# fish completion for ${program}; load with: ${program} completion fish | source`,
    '# the candidates of a kind, each with its description, from the facts file the command line',
    '# names (--facts), else HUMFIG_FACTS, else the bundled one',
    `function ${fn}`,
    '    set -l words (commandline -opc)',
    '    set -l facts',
    '    for i in (seq (count $words))',
    '        switch $words[$i]',
    '            case --facts',
    '                set -l j (math $i + 1)',
    '                test $j -le (count $words); and set facts --facts $words[$j]',
    "            case '--facts=*'",
    '                set facts $words[$i]',
    '        end',
    '    end',
    `    ${program} __complete $argv --describe $facts 2>/dev/null`,
    'end',
    `complete -c ${program} -f`,
    ...[...tops].map(([name, summary]) => `complete -c ${program} -n '__fish_use_subcommand' -a ${name}${fishDescription(summary)}`),
    `complete -c ${program} -n '__fish_use_subcommand' -a help -d 'show help for a command'`,
  ];
  for (const c of commands) {
    const parts = c.path.split(' ');
    const cond =
      parts.length === 1 ? `__fish_seen_subcommand_from ${parts[0]}` : `__fish_seen_subcommand_from ${parts[0]}; and __fish_seen_subcommand_from ${parts[1]}`;
    if (parts.length === 2) lines.push(`complete -c ${program} -n '__fish_seen_subcommand_from ${parts[0]}' -a ${parts[1]}${fishDescription(c.summary)}`);
    for (const o of c.options) {
      const name = o.flag.replace(/^--/, '');
      const value = o.kind === 'choice' && o.choices ? ` -x -a ${fishQuote(o.choices.join(' '))}` : o.kind === 'file' ? ' -r -F' : dynamic(o.kind) ? ` -x -a '(${fn} ${dynamic(o.kind)})'` : o.takesValue ? ' -x' : '';
      lines.push(`complete -c ${program} -n '${cond}' -l ${name}${value}${fishDescription(o.description)}`);
    }
    if (dynamic(c.args)) lines.push(`complete -c ${program} -n '${cond}' -a '(${fn} ${dynamic(c.args)})'`);
    if (c.args === 'file') lines.push(`complete -c ${program} -n '${cond}' -F`);
  }
  return `${lines.join('\n')}\n`;
}

function zsh(commands: readonly CommandSpec[], program: string): string {
  // zsh runs the bash function through its bash-completion emulation: one logic for both shells
  return `#compdef ${program}
# zsh completion for ${program}; load with: eval "$(${program} completion zsh)"
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit }
autoload -U +X bashcompinit && bashcompinit
${bash(commands, program)}`;
}

/** The completion script for a shell. */
export function completionScript(shell: Shell, commands: readonly CommandSpec[], program = 'humfig'): string {
  const make: Record<Shell, () => string> = { bash: () => bash(commands, program), zsh: () => zsh(commands, program), fish: () => fish(commands, program) };
  return make[shell]();
}
