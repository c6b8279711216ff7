/**
 * Puts HTML and its plain text on the clipboard. The copy event comes first:
 * it needs no permission, and the desktop app denies every permission, so
 * navigator.clipboard.write fails there; the async clipboard is only the
 * fallback for a window where the copy command is refused.
 */
export async function copyRichText(html: string, plain: string): Promise<void> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', plain);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (copied && written) return;
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
  ]);
}
