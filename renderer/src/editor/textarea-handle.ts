import type { MDEditorProps } from '@uiw/react-md-editor/nohighlight';

type RenderTextarea = NonNullable<NonNullable<MDEditorProps['components']>['textarea']>;

/** What the editor hands a textarea of our own: its dispatch, commands and command runner (for shortcuts). */
export type RenderTextareaHandle = Parameters<RenderTextarea>[1];
export type RenderTextareaProps = Parameters<RenderTextarea>[0];
