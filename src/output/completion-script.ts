/**
 * Shell completion scripts for bash, zsh and fish, generated from the command tree that cli.ts
 * declares (so a new flag completes without touching this file). Figure ids, currencies and
 * units are not baked in: the scripts ask `humfig __complete <kind>` at completion time, so
 * they follow the facts and rates file in use (`--facts`, `HUMFIG_FACTS`).
 */

/**
 * What a positional argument or an option's value is; 'request' is a unit or a word of a
 * conversion request as convert reads it (`100 USD to EUR on 2023-09-29`).
 */
export type ValueKind = 'figure' | 'unit' | 'request' | 'file' | 'choice' | 'date' | 'none' | 'other';

export interface OptionSpec {
  /** long flag, e.g. --format */
  flag: string;
  takesValue: boolean;
  kind: ValueKind;
  choices?: readonly string[];
}

export interface CommandSpec {
  /** "get", or "rates list" for a subcommand */
  path: string;
  options: readonly OptionSpec[];
  /** what the positional arguments are */
  args: ValueKind;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const word = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** Shell words for the dynamic candidates of a kind. */
function dynamic(kind: ValueKind): string | undefined {
  if (kind === 'figure') return 'figures';
  if (kind === 'unit') return 'units';
  if (kind === 'request') return 'request';
  return undefined;
}

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
                  ? `COMPREPLY=($(compgen -W "$(_${word(program)}_dynamic ${dynamic(o.kind)})" -- "$cur"))`
                  : 'COMPREPLY=()';
          return `          ${o.flag}) ${body}; return ;;`;
        })
        .join('\n');
      const positional =
        c.args === 'file'
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : dynamic(c.args)
            ? `COMPREPLY=($(compgen -W "$(_${word(program)}_dynamic ${dynamic(c.args)})" -- "$cur"))`
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
${fn}_dynamic() {
  local facts=() i
  for ((i = 1; i < \${#COMP_WORDS[@]} - 1; i++)); do
    [[ "\${COMP_WORDS[i]}" == --facts ]] && facts=(--facts "\${COMP_WORDS[i+1]}")
  done
  ${program} __complete "$1" "\${facts[@]}" 2>/dev/null
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

function fish(commands: readonly CommandSpec[], program: string): string {
  const top = [...new Set(commands.map((c) => c.path.split(' ')[0]!))];
  const lines = [
    `# fish completion for ${program}; load with: ${program} completion fish | source`,
    `complete -c ${program} -f`,
    `complete -c ${program} -n '__fish_use_subcommand' -a '${top.join(' ')} help'`,
  ];
  for (const c of commands) {
    const parts = c.path.split(' ');
    const cond =
      parts.length === 1 ? `__fish_seen_subcommand_from ${parts[0]}` : `__fish_seen_subcommand_from ${parts[0]}; and __fish_seen_subcommand_from ${parts[1]}`;
    if (parts.length === 2) lines.push(`complete -c ${program} -n '__fish_seen_subcommand_from ${parts[0]}' -a '${parts[1]}'`);
    for (const o of c.options) {
      const name = o.flag.replace(/^--/, '');
      const value = o.kind === 'choice' && o.choices ? ` -x -a '${o.choices.join(' ')}'` : o.kind === 'file' ? ' -r -F' : dynamic(o.kind) ? ` -x -a '(${program} __complete ${dynamic(o.kind)})'` : o.takesValue ? ' -x' : '';
      lines.push(`complete -c ${program} -n '${cond}' -l ${name}${value}`);
    }
    if (dynamic(c.args)) lines.push(`complete -c ${program} -n '${cond}' -a '(${program} __complete ${dynamic(c.args)})'`);
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
