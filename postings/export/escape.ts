/** Text into HTML text or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`: `</` is
 * written `<\/` (so no `</script>` ends the element early) and `<!--` as
 * `\u003c!--` (which could otherwise hide the end tag), and the line and
 * paragraph separators as \u escapes. JSON readers decode all of them back.
 */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent)
    .replace(/<\//g, '<\\/')
    .replace(/<!--/g, '\\u003c!--')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
