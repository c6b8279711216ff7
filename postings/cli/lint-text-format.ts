import type { Diagnostic } from '../lint/types.js';
import { counted } from '../lint/text/counted.js';

interface FileMessages {
  file: string;
  messages: Diagnostic[];
}

/** ESLint's "stylish" layout: a file heading, then line:column, severity, message and rule id. */
export function formatLintText(results: readonly FileMessages[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((message) => {
      counts[message.severity] += 1;
      return [`${message.line}:${message.column}`, message.severity, message.message.replace(/\s+/g, ' '), message.ruleId];
    });
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] as string).length)));
    blocks.push([result.file, ...rows.map((row) => `  ${(row[0] as string).padEnd(widths[0] as number)}  ${(row[1] as string).padEnd(widths[1] as number)}  ${row[2]}  ${row[3]}`)].join('\n'));
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return `No problems found in ${counted(results.length, 'posting')}.\n`;
  return `${blocks.join('\n\n')}\n\n${counts.error > 0 ? '✖' : '⚠'} ${counted(total, 'problem')} (${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counted(counts.info, 'note')}) in ${counted(results.length, 'posting')}\n`;
}
