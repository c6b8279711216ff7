import type { RenderedBlock, RenderSettings } from '../../../postings/render/index.js';

export type RenderRequest = { type: 'settings'; settings: RenderSettings } | { type: 'render'; id: number; body: string };

export type RenderResponse = { type: 'rendered'; id: number; blocks: RenderedBlock[] } | { type: 'failed'; id: number; message: string };
