/**
 * What the rest of the window may do to the posting text (select a warning's
 * place, apply a fix) without holding the editor: the editor registers the
 * implementation while it is mounted.
 */
export interface EditorActions {
  /** Selects a span of the body, scrolls it into view and focuses the text. */
  select(start: number, end: number): void;
  /** Replaces a span of the body as a typed edit (it can be undone). */
  replace(start: number, end: number, text: string): void;
  focus(): void;
}

export class EditorBridge implements EditorActions {
  private target: EditorActions | undefined;

  attach(target: EditorActions): () => void {
    this.target = target;
    return () => {
      if (this.target === target) this.target = undefined;
    };
  }

  select(start: number, end: number): void {
    this.target?.select(start, end);
  }

  replace(start: number, end: number, text: string): void {
    this.target?.replace(start, end, text);
  }

  focus(): void {
    this.target?.focus();
  }
}
