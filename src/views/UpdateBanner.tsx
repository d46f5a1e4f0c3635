// The notice that a new version of the app is ready: it changes only when the reader says so.

import { applyUpdate } from './serviceWorker';
import { useViewTranslate } from './useViewTranslate';

export default function UpdateBanner() {
  const t = useViewTranslate();
  return (
    <div className="update-banner" role="status">
      <button
        type="button"
        onClick={() => {
          void applyUpdate();
        }}
      >
        {t('updateAvailable')}
      </button>
    </div>
  );
}
