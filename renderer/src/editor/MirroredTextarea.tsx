import { handleKeyDown, insertTextAtPosition, shortcuts } from '@uiw/react-md-editor/nohighlight';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref, type TextareaHTMLAttributes } from 'react';
import { useServices } from '../app/services.js';
import type { LintOutcome } from '../lint/lint-protocol.js';
import { placesOf } from '../warnings/warning-actions.js';
import { listIndent } from './list-indent.js';
import type { RenderTextareaHandle } from './textarea-handle.js';
import type { Mark } from './marks.js';
import { UnderlineLayer } from './underline-layer.js';
import { WarningPopover, type PopoverState } from './WarningPopover.js';

export type MirroredTextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  ref?: Ref<HTMLTextAreaElement>;
  handle: RenderTextareaHandle;
};

/** The marks of a lint outcome that fall in the body, placed in the text the user has now. */
function marksOf(services: ReturnType<typeof useServices>, outcome: LintOutcome | undefined): Mark[] {
  if (!outcome) return [];
  const marks: Mark[] = [];
  const places = placesOf(services, outcome);
  outcome.messages.forEach((warning, id) => {
    const place = places[id];
    if (place?.in !== 'body' || place.end <= place.start) return;
    marks.push({ id, start: place.start, end: place.end, kind: warning.family === 'spelling' ? 'spelling' : warning.severity });
  });
  return marks;
}

/**
 * The editor's textarea with the underline layer beneath it, both in the
 * component's one scroll container. Because this replaces the component's own
 * textarea, its Tab, list and shortcut handling are called from here.
 */
export function MirroredTextarea({ ref, handle, onKeyDown: _ignored, ...props }: MirroredTextareaProps) {
  const services = useServices();
  const mirror = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const layer = useRef<UnderlineLayer | undefined>(undefined);
  const handleRef = useRef(handle);
  handleRef.current = handle;
  const outcome = useRef<LintOutcome | undefined>(undefined);
  const [popover, setPopover] = useState<PopoverState | undefined>(undefined);
  const hoverFrame = useRef(0);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepPopover = () => {
    if (closing.current) clearTimeout(closing.current);
    closing.current = undefined;
  };
  // Leaving the word closes its message after a moment, time enough to reach its buttons.
  const closeSoon = () => {
    if (closing.current) return;
    closing.current = setTimeout(() => {
      closing.current = undefined;
      setPopover((current) => (current?.focus ? current : undefined));
    }, 400);
  };
  const value = typeof props.value === 'string' ? props.value : '';

  const scroller = () => mirror.current?.parentElement?.parentElement ?? null;

  useLayoutEffect(() => {
    if (!mirror.current) return undefined;
    const created = new UnderlineLayer(mirror.current, scroller);
    layer.current = created;
    return () => created.dispose();
  }, []);

  // Before the frame is painted, so the underlines never trail the letters.
  useLayoutEffect(() => {
    layer.current?.setText(value);
  }, [value]);

  useEffect(() => {
    const show = () => {
      const state = services.lint.get();
      const posting = services.session.get().posting;
      outcome.current = state.outcome && state.path === posting?.path ? state.outcome : undefined;
      layer.current?.setMarks(marksOf(services, outcome.current));
    };
    show();
    return services.lint.subscribe(show);
  }, [services]);

  useEffect(() => {
    const element = scroller();
    if (!element) return undefined;
    // A posting opens at its top, and so does its preview.
    services.topLine.set(1);
    let frame = 0;
    const onScroll = () => {
      layer.current?.schedule();
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (layer.current) services.topLine.set(layer.current.lineAt(element.scrollTop));
      });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [services]);

  useEffect(
    () =>
      services.editor.attach({
        focus: () => area.current?.focus(),
        select(start, end) {
          const textarea = area.current;
          if (!textarea) return;
          textarea.focus({ preventScroll: true });
          textarea.setSelectionRange(start, end);
          const element = scroller();
          const top = layer.current?.topOf(start);
          if (element && top !== undefined && (top < element.scrollTop || top > element.scrollTop + element.clientHeight - 40)) {
            element.scrollTop = Math.max(0, top - element.clientHeight / 3);
          }
        },
        replace(start, end, text) {
          const textarea = area.current;
          if (!textarea) return;
          textarea.focus({ preventScroll: true });
          textarea.setSelectionRange(start, end);
          insertTextAtPosition(textarea, text);
        },
      }),
    [services],
  );

  const openPopoverAt = (mark: { id: number; rect: DOMRect }, focus: boolean) => {
    const current = outcome.current;
    const warning = current?.messages[mark.id];
    const container = mirror.current?.parentElement;
    if (!current || !warning || !container) return;
    const box = container.getBoundingClientRect();
    // Near the bottom of the view the message opens above the words, so it is never cut off.
    const view = scroller()?.getBoundingClientRect();
    const above = view !== undefined && mark.rect.bottom > view.bottom - 160;
    const top = above ? mark.rect.top - box.top - 4 : mark.rect.bottom - box.top + 4;
    const next = { outcome: current, warning, left: mark.rect.left - box.left, top, above, focus };
    setPopover((shown) => (shown && shown.warning === warning && !focus ? shown : next));
  };

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const textarea = event.currentTarget;
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // Tab indents a list; anywhere else it moves on, as everywhere in the app.
      const edit = listIndent(textarea.value, textarea.selectionStart, textarea.selectionEnd, event.shiftKey);
      if (!edit) return;
      event.preventDefault();
      textarea.setSelectionRange(edit.start, edit.end);
      insertTextAtPosition(textarea, edit.text);
      textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
      return;
    }
    if (event.key === 'Escape' && popover) {
      setPopover(undefined);
      return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key === '.') {
      // The fixes of the warning at the caret, from the keyboard.
      event.preventDefault();
      const mark = layer.current?.marksAt(textarea.selectionStart)[0];
      const span = mark ? mirror.current?.querySelector<HTMLElement>(`span[data-mark="${mark.id}"]`) : undefined;
      if (mark && span) openPopoverAt({ id: mark.id, rect: span.getBoundingClientRect() }, true);
      return;
    }
    handleKeyDown(event, 2, true);
    if (event.defaultPrevented) return;
    const { useContext: context, dispatch } = handleRef.current;
    shortcuts(event, [...(context?.commands ?? []), ...(context?.extraCommands ?? [])], context?.commandOrchestrator, dispatch, {});
  };

  const onMouseMove = (event: MouseEvent<HTMLTextAreaElement>) => {
    const { clientX, clientY } = event;
    if (hoverFrame.current) return;
    hoverFrame.current = requestAnimationFrame(() => {
      hoverFrame.current = 0;
      const mark = layer.current?.markAt(clientX, clientY);
      if (mark) {
        keepPopover();
        openPopoverAt(mark, false);
      } else closeSoon();
    });
  };

  return (
    <>
      <div ref={mirror} className="w-md-editor-text-pre pd-underlines" aria-hidden="true" />
      <textarea
        {...props}
        ref={(element) => {
          area.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        style={{ WebkitTextFillColor: 'inherit', overflow: 'hidden' }}
        onKeyDown={onKey}
        onMouseMove={onMouseMove}
        onMouseLeave={closeSoon}
        aria-describedby="posting-text-help"
      />
      {popover && <WarningPopover state={popover} onClose={() => setPopover(undefined)} onPointerEnter={keepPopover} />}
    </>
  );
}
