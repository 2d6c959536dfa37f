import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table that scrolls sideways on a phone. The box takes the keyboard's focus, so that
 * someone without a pointer can scroll it with the arrow keys too.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    // A scrolling box must be reachable from the keyboard; a region with a name says what it is.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('common.scrollTable')}>
      {children}
    </div>
  );
}
