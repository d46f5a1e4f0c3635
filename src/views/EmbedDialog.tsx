// The embed dialog (share → 嵌入): choose a view and a width, see the embedded page live at that width, copy
// the code. The view keeps the dashboard's current state (period, site types, sort, language, district).

import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { CopyButton } from '../components/CopyButton';
import { SelectField } from '../components/SelectField';
import { embedCode, embedUrl, HEIGHT_MESSAGE } from '../store/embedCode';
import { selectActive, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import type { ShareLink } from '../store/linkData';
import { FRAGMENT_LIMIT } from '../data/share/fragment';
import type { ViewId } from '../store/viewState';
import { VIEW_LABELS } from './viewLabels';
import { useViewTranslate } from './useViewTranslate';
import { useSeriesTitle } from './useSeriesTitle';

/** The views worth putting in an article. */
const EMBEDDABLE: readonly ViewId[] = ['rankings', 'bars', 'radar', 'map', 'district'];
const WIDTHS = ['full', '320', '480', '640'] as const;
type Width = (typeof WIDTHS)[number];
/** The iframe's height before the embedded page has reported its own. */
const START_HEIGHT = 600;

/** The preview's height as the embedded page reports it, as a host page's resizer would size the iframe. */
function usePreviewHeight(preview: RefObject<HTMLIFrameElement | null>): number {
  const [height, setHeight] = useState(START_HEIGHT);
  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (event.source !== preview.current?.contentWindow || data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
      setHeight(Math.ceil(data.height));
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, [preview]);
  return height;
}

/**
 * The embedded address for a view: it names the period shown and, for one only this browser has, carries its data.
 * Undefined until the link for this view is made (its data compressed): the code is then the one without data.
 */
function useEmbedLink(view: ViewId, appUrl: string): ShareLink | undefined {
  const [made, setLink] = useState<(ShareLink & { view: ViewId }) | undefined>();
  useEffect(() => {
    let current = true;
    void import('../store/linkData')
      .then((module) => module.shareLink({ ...useDashboard.getState(), view }, appUrl, true))
      .then((next) => {
        if (current) setLink({ ...next, view });
      });
    return () => {
      current = false;
    };
  }, [view, appUrl]);
  return made?.view === view ? made : undefined;
}

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const id = useId();
  const t = useViewTranslate();
  const seriesTitle = useSeriesTitle();
  const current = useDashboard((s) => s.view);
  const [view, setView] = useState<ViewId>(EMBEDDABLE.includes(current) ? current : 'rankings');
  const [width, setWidth] = useState<Width>('full');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const previewHeight = usePreviewHeight(preview);

  const appUrl = new URL('./', window.location.href).href;
  const dashboard = useDashboard.getState();
  // The period shown is named, whatever the default would be for the reader of the page.
  const state = { ...selectViewState(dashboard), view, period: selectActive(dashboard)?.id };
  const link = useEmbedLink(view, appUrl);
  const title = `${t(VIEW_LABELS[view])} · ${seriesTitle}`;
  const code = embedCode({ appUrl, state, title, width: width === 'full' ? 'full' : Number(width), height: START_HEIGHT, src: link?.url });
  const codeId = `${id}-code`;
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('embedTitle')}</h2>
      <p>{t('embedHelp')}</p>
      <div className="embed-fields">
        <SelectField
          label={t('embedView')}
          value={view}
          options={EMBEDDABLE.map((v) => ({ value: v, label: t(VIEW_LABELS[v]) }))}
          onChange={(value) => {
            setView(EMBEDDABLE.find((v) => v === value) ?? 'rankings');
          }}
        />
        <SelectField
          label={t('embedWidth')}
          value={width}
          options={WIDTHS.map((w) => ({ value: w, label: w === 'full' ? t('embedWidthFull') : `${w} px` }))}
          onChange={(value) => {
            setWidth(WIDTHS.find((w) => w === value) ?? 'full');
          }}
        />
      </div>
      <label htmlFor={codeId}>{t('embedCode')}</label>
      <textarea id={codeId} className="embed-code" readOnly rows={4} value={code} />
      {link && (
        <p className="embed-size">
          {link.tooLong ? t('linkTooLong', { limit: FRAGMENT_LIMIT }) : t('embedLinkSize', { count: link.url.length })}
        </p>
      )}
      {link?.carriesData && <p className="embed-size">{t('embedLinkData')}</p>}
      <div className="dialog-actions">
        <CopyButton label={t('embedCopy')} copiedLabel={t('copied')} failedLabel={t('copyFailed')} text={() => code} />
        <button
          type="button"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          {t('embedClose')}
        </button>
      </div>
      <h3>{t('embedPreview')}</h3>
      <div className="embed-preview" style={{ width: width === 'full' ? '100%' : `${width}px` }}>
        <iframe ref={preview} src={link?.url ?? embedUrl(appUrl, state)} title={title} style={{ height: `${String(previewHeight)}px` }} />
      </div>
    </dialog>
  );
}
