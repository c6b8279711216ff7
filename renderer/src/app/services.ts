import { createContext, useContext } from 'react';
import type { ApiResult, PostingDeskApi, PostingSummary, RepositoryInfo } from '../../../postings/api/api.js';
import { EditorBridge } from '../editor/editor-bridge.js';
import { LintClient } from '../lint/lint-client.js';
import { PostingSession } from '../session/posting-session.js';
import { Store } from '../session/store.js';
import { SaveQueue } from './save-queue.js';

export interface Services {
  api: PostingDeskApi;
  session: PostingSession;
  lint: LintClient;
  editor: EditorBridge;
  saves: SaveQueue;
  /** The body line at the top of the text's view (1-based, fractional), for the preview to follow. */
  topLine: Store<number>;
  repository: Store<RepositoryInfo | undefined>;
  postings: Store<PostingSummary[] | undefined>;
  /** The first screen's two questions, asked as the window's code starts, before React's first render. */
  opening: {
    repository: Promise<ApiResult<RepositoryInfo>>;
    /** The list without warning counts, which take a while. */
    postings: Promise<ApiResult<PostingSummary[]>>;
  };
}

export function createServices(api: PostingDeskApi): Services {
  return {
    api,
    session: new PostingSession(),
    lint: new LintClient(api),
    editor: new EditorBridge(),
    saves: new SaveQueue(),
    topLine: new Store(1),
    repository: new Store<RepositoryInfo | undefined>(undefined),
    postings: new Store<PostingSummary[] | undefined>(undefined),
    opening: { repository: api.openRepository(), postings: api.listPostings({ warningCounts: false }) },
  };
}

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('Posting Desk’s window started without its services.');
  return services;
}
