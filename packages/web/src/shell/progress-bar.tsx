import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Loads quicker than this show no bar, so fast screens do not flicker. */
const SHOW_AFTER_MS = 300;

/**
 * A thin bar across the top while any query or save has been running for a moment (a slow list, a long report).
 * Hand-written in a few lines: it reads React Query's own counters, which progress-bar packages do not know.
 */
export const ProgressBar = () => {
  const { t } = useTranslation();
  const busy = useIsFetching() + useIsMutating() > 0;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) {
      setVisible(false);
      return;
    }
    const timer = window.setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [busy]);
  if (!visible) return null;
  return (
    <div
      className="claimline-progress"
      role="progressbar"
      aria-label={t('header.loading')}
      data-testid="progress"
    />
  );
};
