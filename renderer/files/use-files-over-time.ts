import { useEffect, useRef, useState } from 'react';
import type { PostingDeskApi } from '../../postings/api/api.js';
import type { PostingSession } from '../src/session/posting-session.js';
import type { Store } from '../src/session/store.js';
import { afterStartUp } from './after-start-up.js';
import { FilesController, type AppSeams } from './files-controller.js';

/**
 * One FilesController for the window, running while the component is
 * mounted. The seams may change identity between renders; the controller
 * always calls the latest. It starts once the list and the first posting
 * show (`list` is the window's list of postings), catching up on what
 * changed meanwhile.
 */
export function useFilesOverTime(api: PostingDeskApi, session: PostingSession, list: Store<unknown>, seams: AppSeams): FilesController {
  const latest = useRef(seams);
  latest.current = seams;
  const [files] = useState(
    () =>
      new FilesController(api, session, {
        openPosting: (path) => latest.current.openPosting(path),
        refreshList: () => latest.current.refreshList(),
        closePosting: () => latest.current.closePosting?.(),
        whenSaved: () => latest.current.whenSaved?.() ?? Promise.resolve(),
      }),
  );
  useEffect(() => {
    let started = false;
    const cancel = afterStartUp(list, session, () => {
      started = true;
      files.start({ catchUp: true });
    });
    return () => {
      cancel();
      if (started) files.stop();
    };
  }, [files, list, session]);
  return files;
}
