import { linesOf } from '../../text/lines.js';
import type { Report, Rule } from '../../types.js';

// "-Administer", "*Lead", "+Own", "2.Write": a list marker with no space after it is plain text in Markdown.
const MARKER_WITHOUT_SPACE = /^([ \t]*)([-+]|\d{1,9}[.)])(?=\p{Lu}\p{Ll})/u;
// "• Python": a typed bullet is a character, not a list marker.
const TYPED_BULLET = /^([ \t]*)([•●▪‣◦·])[ \t]*/u;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;

export const listMarkersRule: Rule = {
  meta: {
    id: 'list-markers',
    family: 'clarity',
    severity: 'warning',
    fixable: true,
    hasSuggestions: false,
    docsAnchor: 'list-markers',
    description: 'Lines meant as list items that Markdown will publish as plain text.',
    docs: [
      'A list item needs a space after its marker: “-Administer budgets” is published as a line of text starting with a',
      'hyphen, run into the line above. Typed bullets (•, ▪, ·) pasted from a word processor are not Markdown list markers',
      'either. The fix writes a Markdown marker with its space (“- Administer budgets”).',
    ].join(' '),
  },
  check(document) {
    const reports: Report[] = [];
    let inFence = false;
    for (const line of linesOf(document.text, document.bodyStart)) {
      if (FENCE.test(line.text)) inFence = !inFence;
      if (inFence) continue;
      const typed = TYPED_BULLET.exec(line.text);
      if (typed) {
        const start = line.start + (typed[1] as string).length;
        const end = line.start + typed[0].length;
        reports.push({ message: `${typed[2]} is a typed bullet, not a Markdown list marker: the line is published as text, run into the one above.`, start, end, fix: { start, end, text: '- ' } });
        continue;
      }
      // A star at a line start is left alone: it is as often a footnote mark (“*Indicates …”) or emphasis.
      const missing = MARKER_WITHOUT_SPACE.exec(line.text);
      if (!missing) continue;
      const marker = missing[2] as string;
      const at = line.start + (missing[1] as string).length + marker.length;
      reports.push({
        message: `The list marker “${marker}” needs a space after it; without one the line is published as plain text.`,
        start: at - marker.length,
        end: at + 1,
        fix: { start: at, end: at, text: ' ' },
      });
    }
    return reports;
  },
};
