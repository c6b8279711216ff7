/**
 * Which of the blocks on screen each new block can keep: the same HTML is
 * kept (the element is not touched), so an edit in one paragraph of a long
 * posting replaces one element and moves none of the others' contents.
 * Returns, for each new block, the index of the old block it reuses, or -1.
 */
export function planBlocks(previous: readonly string[], next: readonly string[]): number[] {
  const free = new Map<string, number[]>();
  previous.forEach((html, index) => {
    const list = free.get(html);
    if (list) list.push(index);
    else free.set(html, [index]);
  });
  return next.map((html) => {
    const list = free.get(html);
    const index = list?.shift();
    return index ?? -1;
  });
}
