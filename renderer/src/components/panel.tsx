import { useId, type ReactNode } from 'react';
import { shortcutLabel } from '../commands/shortcut';

/** A named region of the console with its heading and the shortcut that focuses it. */
export function Panel({
  title,
  shortcut,
  className,
  actions,
  children,
}: {
  title: string;
  shortcut?: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {shortcut ? (
          <kbd className="panel__shortcut" aria-hidden="true">
            {shortcutLabel(shortcut)}
          </kbd>
        ) : null}
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
