// What 复制链接 copies, and what it says it copied: the link to what the reader sees (store/linkData.ts), with its
// length, whether it carries the period's data, or why it cannot. Loaded when the button is pressed.

import { FRAGMENT_LIMIT } from '../data/share/fragment';
import { translateView } from '../i18n/viewMessages';
import { shareLink } from '../store/linkData';
import type { DashboardState } from '../store/store';

export async function copyLinkText(state: DashboardState, appUrl: string): Promise<{ text: string; said: string }> {
  const link = await shareLink(state, appUrl);
  const key = link.tooLong ? 'linkTooLong' : link.carriesData ? 'linkCopiedData' : 'linkCopiedSize';
  return { text: link.url, said: translateView(state.language, key, { count: link.url.length, limit: FRAGMENT_LIMIT }) };
}
