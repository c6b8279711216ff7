import MDEditor from '@uiw/react-md-editor/nohighlight';
import { useCallback, useEffect, useRef, useState, type TextareaHTMLAttributes } from 'react';
import { useServices } from '../app/services.js';
import { MirroredTextarea } from './MirroredTextarea.js';
import type { RenderTextareaHandle, RenderTextareaProps } from './textarea-handle.js';
import { NO_EXTRA_COMMANDS, TOOLBAR } from './toolbar.js';
import { useToolbarKeys } from './use-toolbar-keys.js';

const TEXTAREA_PROPS = { 'aria-label': 'Posting text', placeholder: 'Write the posting here…' } as const;

function renderTextarea(props: RenderTextareaProps, handle: RenderTextareaHandle) {
  return <MirroredTextarea {...(props as TextareaHTMLAttributes<HTMLTextAreaElement>)} handle={handle} />;
}

const COMPONENTS = { textarea: renderTextarea };

/**
 * The posting text: @uiw/react-md-editor without its highlighter, in edit
 * mode (the preview is our own pane), with the underline layer. The text
 * lives here and in the session; the rest of the window reads the session
 * when it is ready to, so typing renders this component alone.
 */
export function PostingEditor() {
  const { session } = useServices();
  const [value, setValue] = useState(() => session.get().posting?.body ?? '');
  const latest = useRef(value);
  const container = useRef<HTMLDivElement>(null);
  useToolbarKeys(container);

  useEffect(
    () =>
      session.subscribe(() => {
        const body = session.get().posting?.body;
        if (body !== undefined && body !== latest.current) {
          latest.current = body;
          setValue(body);
        }
      }),
    [session],
  );

  const onChange = useCallback(
    (next?: string) => {
      const text = next ?? '';
      latest.current = text;
      setValue(text);
      session.setBody(text);
    },
    [session],
  );

  return (
    <div ref={container} className="pd-editor" data-color-mode="inherit">
      <MDEditor
        value={value}
        onChange={onChange}
        preview="edit"
        height="100%"
        visibleDragbar={false}
        highlightEnable={false}
        defaultTabEnable
        commands={TOOLBAR}
        extraCommands={NO_EXTRA_COMMANDS}
        textareaProps={TEXTAREA_PROPS}
        components={COMPONENTS}
      />
      <p id="posting-text-help" className="pd-visually-hidden">
        Markdown text. Tab indents a list item. {`Ctrl+.`} shows the fixes of the warning at the cursor.
      </p>
    </div>
  );
}
