import { useEffect, useRef, useState } from 'react';
import type { RenderSettings } from '../../../postings/render/index.js';
import type { ExportApi } from '../../../postings/api/export-posting-api.js';
import { useServices } from '../app/services.js';
import { currentText } from '../session/posting-session.js';
import { copyRichText } from './copy-rich-text.js';

type Choice = { label: string; format: 'md' | 'text' | 'html-page' | 'jsonld' | 'pdf' };

const CHOICES: Choice[] = [
  { label: 'Markdown', format: 'md' },
  { label: 'Plain text', format: 'text' },
  { label: 'HTML page', format: 'html-page' },
  { label: 'JobPosting data', format: 'jsonld' },
  { label: 'PDF', format: 'pdf' },
];

/** The export builders load when first used: the first screen does not need them. */
const loadExport = () => import('../../../postings/export/index.js');

/** Export (a menu of formats) and "Copy as rich text", from the text as it is now, saved or not. */
export function ExportMenu({ onMessage, openRequest = 0 }: { onMessage(message: string): void; /** Opens the menu each time it grows (the menu command Export). */ openRequest?: number }) {
  const services = useServices();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (openRequest > 0) setOpen(true);
  }, [openRequest]);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const context = () => {
    const repository = services.repository.get();
    return {
      render: repository?.render as unknown as RenderSettings,
      ...(repository?.settings.company ? { company: repository.settings.company } : repository?.name ? { company: repository.name } : {}),
      ...(repository?.languageCode ? { languageCode: repository.languageCode } : {}),
    };
  };

  const run = async (choice: Choice) => {
    setOpen(false);
    button.current?.focus();
    const posting = services.session.get().posting;
    if (!posting) return;
    const text = currentText(posting);
    const base = posting.path.replace(/\/index\.md$/, '').split('/').pop()?.replace(/\.md$/, '') ?? 'posting';
    if (choice.format === 'pdf') {
      // PDF is printed by the host, from the same page as the HTML export.
      const api = services.api as typeof services.api & Partial<ExportApi>;
      if (!api.exportPosting) {
        onMessage('PDF export is not available in this window yet. Export an HTML page and print it instead.');
        return;
      }
      onMessage('Making the PDF…');
      const result = await api.exportPosting({ path: posting.path, text, format: 'pdf' });
      if (!result.ok) {
        onMessage(`The PDF could not be made: ${result.error.message}`);
        return;
      }
      const bytes = Uint8Array.from(atob(result.value.content), (char) => char.charCodeAt(0));
      download(result.value.fileName, bytes, result.value.mediaType);
      onMessage(`Exported “${result.value.fileName}”.`);
      return;
    }
    try {
      const { exportText } = await loadExport();
      const made = exportText(text, choice.format, context());
      download(`${base}.${made.extension}`, made.content, made.mediaType);
      onMessage(`Exported “${base}.${made.extension}”.`);
    } catch (error) {
      onMessage(`This posting can’t be exported yet: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const copyRich = async () => {
    const posting = services.session.get().posting;
    if (!posting) return;
    try {
      const { exportText } = await loadExport();
      const text = currentText(posting);
      const html = exportText(text, 'html', context()).content;
      const plain = exportText(text, 'text', context()).content;
      await copyRichText(html, plain);
      onMessage('Copied, with its formatting: paste it into an email or a job board.');
    } catch (error) {
      onMessage(`Copying did not work: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onMenuKey = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      items[(index + move + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') button.current?.focus();
    }
  };

  return (
    <div className="pd-export">
      <button ref={button} type="button" className="pd-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <ul ref={menu} className="pd-menu" role="menu" aria-label="Export as" onKeyDown={onMenuKey}>
          {CHOICES.map((choice) => (
            <li key={choice.format} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(choice)}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="pd-button" onClick={() => void copyRich()}>
        Copy as rich text
      </button>
    </div>
  );
}

function download(name: string, content: string | Uint8Array<ArrayBuffer>, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
