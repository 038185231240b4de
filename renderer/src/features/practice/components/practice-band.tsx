import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { inPractice } from '../../../stores/slices/practice-slice';
import './practice.css';

/**
 * The band across the top of every screen while in practice, and the window's title: nobody can
 * mistake a practice call for a real one. Announced once when practice begins, then static.
 */
export function PracticeBand() {
  const t = useT();
  const on = useConsole(inPractice);
  const label = t('practice.band');
  // Filled after mounting, so the status region announces it once; it never changes afterwards.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    setAnnounced(on ? label : '');
  }, [on, label]);

  useEffect(() => {
    if (!on) return;
    const before = document.title;
    document.title = t('practice.documentTitle', { title: before });
    return () => {
      document.title = before;
    };
  }, [on, t]);

  if (!on) return null;
  return (
    <div className="practice-band" role="status">
      {announced}
    </div>
  );
}
