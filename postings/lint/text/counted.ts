/** "1 posting", "3 postings": a count with its noun (nouns that take an -s). */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
