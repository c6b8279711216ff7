/**
 * The posting file as the editor holds it: the part before the body (byte-order
 * mark, details and their delimiters) kept byte for byte, and the body with
 * line feeds only, because a textarea turns CRLF into LF.
 */
export interface EditableText {
  /** Everything before the Markdown body, exactly as in the file. */
  head: string;
  /** The body as loaded, line feeds only. */
  body: string;
  /** The body's line ending in the file. */
  lineEnding: '\n' | '\r\n';
  /** The body exactly as in the file, so an unchanged body saves byte for byte. */
  originalBody: string;
}

export function toEditable(text: string, bodyStart: number): EditableText {
  const head = text.slice(0, bodyStart);
  const originalBody = text.slice(bodyStart);
  const crlf = (originalBody.match(/\r\n/g) ?? []).length;
  const lf = (originalBody.match(/\n/g) ?? []).length;
  // Mostly CRLF: the file is a Windows file and stays one.
  const lineEnding = crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
  return { head, body: originalBody.replace(/\r\n?/g, '\n'), lineEnding, originalBody };
}

/** The whole file text for a body the user edited. */
export function composeText(editable: EditableText, body: string): string {
  if (body === editable.body) return editable.head + editable.originalBody;
  return editable.head + (editable.lineEnding === '\r\n' ? body.replace(/\n/g, '\r\n') : body);
}
