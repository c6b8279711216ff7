import { useEffect, useRef, useState } from 'react';
import type { PostingDeskApi } from '../../postings/api/api.js';
import type { PostingSession } from '../src/session/posting-session.js';
import { FilesController, type AppSeams } from './files-controller.js';

/**
 * One FilesController for the window, running while the component is
 * mounted. The seams may change identity between renders; the controller
 * always calls the latest.
 */
export function useFilesOverTime(api: PostingDeskApi, session: PostingSession, seams: AppSeams): FilesController {
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
    files.start();
    return () => files.stop();
  }, [files]);
  return files;
}
