/**
 * Stands in for @uiw/react-markdown-preview in the bundle (vite.config.ts):
 * the text editor runs in edit mode, where @uiw/react-md-editor never renders
 * its own preview; the window's preview is the app's own, sanitized one.
 */
export default function NoMdEditorPreview(): null {
  return null;
}
