/** A small posting for rule tests: front matter lines, then the body. */
export function posting(frontMatter: string, body: string): string {
  return `+++\ntitle = "Data Engineer"\n${frontMatter}+++\n\n${body}\n`;
}
