/** One line of usage per command, shown by `help` and in usage errors. */
export const USAGE = {
  list: 'posting-desk list [repo] [--json]',
  get: 'posting-desk get <file> [--json]',
  set: 'posting-desk set <file>... --field key=value ... [--unset key ...]',
  new: 'posting-desk new [repo] --title "..." [--section NAME] [--bundle]',
  lint: 'posting-desk lint [path...] [--format text|json] [--quiet] [--fix]',
  serve: 'posting-desk serve [repo] [--port N] [--no-open]',
  export: 'posting-desk export <file>... --to md|html|pdf|text|jsonld [-o OUT] [--standalone] [--front-matter] [--paper A4|Letter]',
} as const;
