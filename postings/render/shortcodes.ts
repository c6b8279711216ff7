import type MarkdownIt from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';

/** A Hugo shortcode met in the text: its name, and whether it is a closing tag. */
export interface ShortcodeUse {
  name: string;
  closing: boolean;
  /** `<` for `{{< >}}` (output used as is), `%` for `{{% %}}` (output rendered as Markdown). */
  kind: '<' | '%';
}

const SHORTCODE = /^\{\{([<%])\s*(\/?)\s*([A-Za-z0-9_./-]+)((?:[^"`>%]|"(?:[^"\\]|\\.)*"|`[^`]*`|[>%](?!\}\}))*?)\s*([>%])\}\}/;
const ESCAPED = /^\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/;

function pairs(open: string | undefined, close: string | undefined): boolean {
  return (open === '<' && close === '>') || (open === '%' && close === '%');
}

/**
 * Hugo shortcodes (`{{< name ... >}}`, `{{% name %}}`, their closing forms)
 * become a visible placeholder naming the shortcode: the preview cannot run
 * them, and must never fail on them. The commented form (a shortcode whose
 * delimiters carry `/*` and `*\/`) shows as the literal shortcode, as Hugo
 * prints it.
 */
export function hugoShortcodes(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'hugo_shortcode', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x7b) return false;
    const rest = state.src.slice(state.pos);
    const escaped = ESCAPED.exec(rest);
    if (escaped && pairs(escaped[1], escaped[3])) {
      if (!silent) {
        // Hugo puts this text in after Goldmark has run: no typographer, no linkify.
        const token = state.push('text', '', 0);
        token.content = `{{${escaped[1]}${escaped[2]}${escaped[3]}}}`;
        token.meta = { verbatim: true };
      }
      state.pos += escaped[0].length;
      return true;
    }
    const match = SHORTCODE.exec(rest);
    if (!match || !pairs(match[1], match[5])) return false;
    if (!silent) {
      const token = state.push('hugo_shortcode', '', 0);
      const use: ShortcodeUse = { name: match[3] ?? '', closing: match[2] === '/', kind: match[1] === '%' ? '%' : '<' };
      token.meta = use;
      token.content = match[0];
      token.markup = match[0];
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.hugo_shortcode = (tokens: Token[], index: number) => {
    const use = tokens[index]?.meta as ShortcodeUse;
    const name = md.utils.escapeHtml(use.name);
    const label = use.closing ? `end of shortcode “${name}”` : `shortcode “${name}”`;
    return `<span class="hugo-shortcode" data-shortcode="${name}" title="Hugo fills this in when it publishes the page">[${label}]</span>`;
  };
}
