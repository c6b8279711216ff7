import { useEffect, type RefObject } from 'react';

/**
 * The formatting buttons are one stop for Tab, with the arrow keys moving
 * between them (a toolbar's usual keyboard pattern), so Tab reaches the text
 * after one stop instead of six.
 */
export function useToolbarKeys(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    const toolbar = root?.querySelector<HTMLElement>('.w-md-editor-toolbar');
    if (!root || !toolbar) return undefined;
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Formatting');
    const buttons = () => [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
    const focusable = (active: number) => buttons().forEach((button, index) => (button.tabIndex = index === active ? 0 : -1));
    focusable(0);
    const onKey = (event: KeyboardEvent) => {
      const all = buttons();
      const index = all.indexOf(document.activeElement as HTMLButtonElement);
      if (index === -1) return;
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = (next + all.length) % all.length;
      focusable(target);
      all[target]?.focus();
    };
    toolbar.addEventListener('keydown', onKey);
    return () => toolbar.removeEventListener('keydown', onKey);
  }, [container]);
}
