// The one passing notice under the header (a month imported, a language that could not load) and its place among
// the banners: the newest is said alone. A deletion after the notice replaces it; a notice hides the deletion banner
// said before it (its undo comes back with the next deletion, or when the notice is dismissed).

import { useState } from 'react';
import { useDashboard } from '../store/store';

export function useStatusNotice(): [string, (message: string) => void] {
  const removedCount = useDashboard((s) => s.removed.length);
  const [notice, setNotice] = useState({ text: '', removedCount });
  // Adjusted while rendering (not in an effect): the stale notice is never painted beside the deletion's banner.
  if (notice.text !== '' && removedCount > notice.removedCount) setNotice({ text: '', removedCount });
  const say = (text: string) => {
    setNotice({ text, removedCount: useDashboard.getState().removed.length });
  };
  return [notice.text, say];
}
