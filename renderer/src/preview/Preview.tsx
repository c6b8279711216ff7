import { useEffect, useRef, useState } from 'react';
import { splitPosting } from '../../../postings/file/split.js';
import type { RenderedBlock, RenderSettings } from '../../../postings/render/index.js';
import { useServices } from '../app/services.js';
import { planBlocks } from './block-plan.js';
import type { RenderRequest, RenderResponse } from './render-protocol.js';

/** How long typing must pause before the preview catches up (a long posting renders in a worker meanwhile). */
const PAUSE_MS = 120;

interface ShownBlock {
  html: string;
  element: HTMLDivElement;
  startLine: number | null;
}

/**
 * The preview: what Hugo will publish, rendered by the project's pipeline in
 * a worker, off the typing path. Only the blocks whose HTML changed are
 * replaced, and it scrolls with the text.
 */
export function Preview() {
  const services = useServices();
  const content = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useRef<ShownBlock[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module', name: 'Posting Desk preview' });
    const post = (request: RenderRequest) => worker.postMessage(request);
    let nextId = 1;
    let running = 0;
    let waiting: string | undefined;
    let lastBody: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const send = () => {
      if (running || waiting === undefined) return;
      running = nextId++;
      post({ type: 'render', id: running, body: waiting });
      waiting = undefined;
    };
    worker.onmessage = (event: MessageEvent<RenderResponse>) => {
      const response = event.data;
      if (response.id !== running) return;
      running = 0;
      if (response.type === 'rendered') {
        show(response.blocks);
        setProblem(undefined);
      } else setProblem('The preview could not be shown for this text. Nothing is lost: the text is as you wrote it.');
      send();
    };
    const applySettings = () => {
      const settings = services.repository.get()?.render;
      if (settings) post({ type: 'settings', settings: settings as unknown as RenderSettings });
    };
    applySettings();
    const unsubscribeRepository = services.repository.subscribe(applySettings);

    const show = (blocks: RenderedBlock[]) => {
      const root = content.current;
      if (!root) return;
      const previous = shown.current;
      const plan = planBlocks(
        previous.map((block) => block.html),
        blocks.map((block) => block.html),
      );
      const kept = new Set<number>();
      const next = blocks.map((block, index): ShownBlock => {
        const reuse = plan[index] ?? -1;
        if (reuse >= 0) {
          kept.add(reuse);
          const old = previous[reuse] as ShownBlock;
          return { ...old, startLine: block.startLine };
        }
        const element = document.createElement('div');
        element.className = 'pd-block';
        // Sanitized by the render pipeline: no script, no event attributes, no unsafe URLs.
        element.innerHTML = block.html;
        return { html: block.html, element, startLine: block.startLine };
      });
      previous.forEach((block, index) => {
        if (!kept.has(index)) block.element.remove();
      });
      let cursor: ChildNode | null = root.firstChild;
      for (const block of next) {
        if (block.element === cursor) cursor = cursor.nextSibling;
        else root.insertBefore(block.element, cursor);
      }
      shown.current = next;
      setEmpty(next.length === 0);
      if (services.topLine.get() <= 1.01 && scroller.current) scroller.current.scrollTop = 0;
    };

    const onSession = () => {
      const posting = services.session.get().posting;
      const body = posting?.problem ? markdownOf(posting.body) : posting?.body;
      if (body === lastBody) return;
      const first = lastBody === undefined;
      lastBody = body;
      if (body === undefined) {
        show([]);
        return;
      }
      waiting = body;
      if (timer) clearTimeout(timer);
      // A posting just opened renders at once; typing waits for a pause.
      if (first) send();
      else timer = setTimeout(send, PAUSE_MS);
    };
    onSession();
    const unsubscribeSession = services.session.subscribe(onSession);

    return () => {
      unsubscribeSession();
      unsubscribeRepository();
      if (timer) clearTimeout(timer);
      worker.terminate();
      shown.current = [];
    };
  }, [services]);

  useEffect(
    () =>
      services.topLine.subscribe(() => {
        const element = scroller.current;
        const line = services.topLine.get();
        if (!element) return;
        const blocks = shown.current.filter((block) => block.startLine !== null);
        let target = blocks[0];
        for (const block of blocks) if ((block.startLine ?? 0) <= Math.floor(line)) target = block;
        const box = target?.element.firstElementChild as HTMLElement | null | undefined;
        if (!target || !box) return;
        const index = blocks.indexOf(target);
        const following = blocks[index + 1];
        const lines = Math.max(1, (following?.startLine ?? (target.startLine ?? 0) + 1) - (target.startLine ?? 0));
        const fraction = Math.min(1, Math.max(0, (line - (target.startLine ?? 0)) / lines));
        const nextBox = following?.element.firstElementChild as HTMLElement | null | undefined;
        const top = box.offsetTop + fraction * ((nextBox?.offsetTop ?? box.offsetTop + box.offsetHeight) - box.offsetTop);
        element.scrollTop = line <= 1.01 ? 0 : top - 8;
      }),
    [services],
  );

  return (
    <section className="pd-pane pd-preview" aria-label="Preview">
      <h2 className="pd-pane-title">Preview</h2>
      <div
        ref={scroller}
        className="pd-preview-scroll"
        tabIndex={0}
        onClick={(event) => {
          // Links in the preview go nowhere: the page stays the editor.
          if ((event.target as HTMLElement).closest('a')) event.preventDefault();
        }}
      >
        {problem && <p className="pd-calm-note">{problem}</p>}
        {empty && !problem && <p className="pd-calm-note">The preview shows here as you write.</p>}
        <div ref={content} className="pd-page" />
      </div>
    </section>
  );
}

/**
 * The Markdown of a posting open whole because its details cannot be read:
 * what follows the details, as Hugo would publish it once they are fixed.
 */
function markdownOf(text: string): string {
  try {
    return text.slice(splitPosting(text).bodyStart);
  } catch {
    return text;
  }
}
