/** Quotes a piece of the posting for a message, the way the UI quotes text. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** Shortens a quoted piece so a message stays one line. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
