import type { Report, Rule } from '../../types.js';

const FENCE = /^[ \t]{0,3}(?:```|~~~)/;

export const unclosedEmphasisRule: Rule = {
  meta: {
    id: 'unclosed-emphasis',
    family: 'clarity',
    severity: 'warning',
    fixable: false,
    hasSuggestions: false,
    docsAnchor: 'unclosed-emphasis',
    description: 'Bold markers (** or __) that open but never close, so the stars are published as they are.',
    docs: [
      '“**Location: Berlin” with no closing ** is published with the two stars showing and nothing in bold. Each',
      'paragraph is checked: inline code is left out, and *** counts as bold plus italic.',
    ].join(' '),
  },
  check(document) {
    const reports: Report[] = [];
    const body = document.text.slice(document.bodyStart);
    let offset = document.bodyStart;
    let inFence = false;
    // Paragraphs: runs of lines between blank lines, fenced code left out.
    let paragraph: { start: number; text: string } | undefined;
    const flush = (): void => {
      if (paragraph) reports.push(...unclosed(paragraph.text, paragraph.start));
      paragraph = undefined;
    };
    for (const line of body.split('\n')) {
      if (FENCE.test(line)) {
        flush();
        inFence = !inFence;
      } else if (!inFence && line.trim() !== '') {
        paragraph = paragraph ? { start: paragraph.start, text: `${paragraph.text}\n${line}` } : { start: offset, text: line };
      } else {
        flush();
      }
      offset += line.length + 1;
    }
    flush();
    return reports;
  },
};

function unclosed(text: string, start: number): Report[] {
  // Inline code and HTML keep their stars: blank them, keeping offsets.
  const plain = text.replace(/`[^`\n]*`|<[^>\n]*>/g, (match) => ' '.repeat(match.length));
  const reports: Report[] = [];
  for (const marker of ['**', '__']) {
    const at: number[] = [];
    const pattern = marker === '**' ? /(?<![*\\])\*\*(?!\*)|(?<![*\\])\*\*\*(?!\*)/g : /(?<![_\\\w])__(?!_)|(?<!_)__(?![_\w])/g;
    for (const match of plain.matchAll(pattern)) at.push(match.index);
    if (at.length % 2 === 1) {
      const last = at[at.length - 1] as number;
      reports.push({ message: `This ${marker} opens bold text that never closes, so the ${marker} will show as it is. Add the closing ${marker}, or remove this one.`, start: start + last, end: start + last + 2 });
    }
  }
  return reports;
}
