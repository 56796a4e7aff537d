import type { Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Entry {
  /** The words before the options: "build", "browser install". */
  path: string;
  description: string;
  options: { flag: string; description: string; values: readonly string[] }[];
}

/** Every command of the program, nested ones included, with its long options. */
function entries(cli: Command): Entry[] {
  const walk = (command: Command, prefix: string): Entry[] =>
    command.commands.flatMap((sub) => {
      const path = `${prefix}${sub.name()}`;
      const options = sub.options
        .filter((o) => o.long)
        .map((o) => ({ flag: o.long!, description: o.description, values: o.argChoices ?? [] }));
      return [{ path, description: sub.description(), options }, ...walk(sub, `${path} `)];
    });
  return walk(cli, '');
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bash(cli: Command): string {
  const all = entries(cli);
  const cases = all.map((e) => `    ${quote(e.path)}) words=${quote(e.options.map((o) => o.flag).join(' '))} ;;`);
  const children = (path: string) => all.filter((e) => e.path.startsWith(path ? `${path} ` : '') && e.path.split(' ').length === (path ? path.split(' ').length + 1 : 1)).map((e) => e.path.split(' ').pop());
  const subs = ['', ...all.map((e) => e.path)].map((p) => `    ${quote(p)}) subs=${quote(children(p).join(' '))} ;;`);
  return `# bash completion for lectern
_lectern() {
  local cur=\${COMP_WORDS[COMP_CWORD]} path="" subs="" words="" w
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$w" in -*) ;; *) case "$path" in
${subs.map((l) => l.replace(/^ {4}/, '      ')).join('\n')}
      esac
      case " $subs " in *" $w "*) path="\${path:+$path }$w" ;; esac ;;
    esac
  done
  case "$path" in
${subs.join('\n')}
  esac
  case "$path" in
${cases.join('\n')}
  esac
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$words --help" -- "$cur"))
  elif [[ -n $subs ]]; then COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  else COMPREPLY=($(compgen -d -- "$cur")); fi
}
complete -F _lectern lectern
`;
}

function zsh(cli: Command): string {
  const top = entries(cli).filter((e) => !e.path.includes(' '));
  const arms = entries(cli).map((e) => {
    const specs = e.options.map((o) => `${quote(`${o.flag}[${o.description.replace(/[[\]:]/g, '')}]${o.values.length ? `:value:(${o.values.join(' ')})` : ''}`)}`);
    return `    ${quote(e.path)}) _arguments ${specs.join(' ')} '*:course:_files -/' ;;`;
  });
  return `#compdef lectern
# zsh completion for lectern: save as _lectern in a folder of $fpath
_lectern() {
  local -a commands
  commands=(${top.map((e) => quote(`${e.path}:${e.description.replace(/:/g, '')}`)).join(' ')})
  if (( CURRENT == 2 )); then _describe command commands; return; fi
  local path=\${words[2]}
  [[ \${words[2]} == browser && CURRENT -gt 3 ]] && path="browser \${words[3]}"
  case $path in
${arms.join('\n')}
  esac
}
compdef _lectern lectern
`;
}

function fish(cli: Command): string {
  const lines = ['# fish completion for lectern: save as ~/.config/fish/completions/lectern.fish', 'complete -c lectern -f'];
  for (const e of entries(cli)) {
    const words = e.path.split(' ');
    const parent = words.slice(0, -1);
    const condition = parent.length ? `__fish_seen_subcommand_from ${parent.join(' ')}` : '__fish_use_subcommand';
    lines.push(`complete -c lectern -n ${quote(condition)} -a ${quote(words.at(-1)!)} -d ${quote(e.description)}`);
    for (const o of e.options) {
      const values = o.values.length ? ` -x -a ${quote(o.values.join(' '))}` : '';
      lines.push(`complete -c lectern -n ${quote(`__fish_seen_subcommand_from ${words.at(-1)}`)} -l ${o.flag.replace(/^--/, '')} -d ${quote(o.description)}${values}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A completion script for the shell, listing the program's commands and their options. */
export function completionScript(cli: Command, shell: Shell): string {
  return { bash, zsh, fish }[shell](cli);
}
