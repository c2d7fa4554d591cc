import { useEffect, useState } from 'react';

/**
 * One live region for the whole console (WCAG 4.1.3): what a screen reader must hear without the focus moving there,
 * such as "3 fields need attention" after a failed submit. Assertive, because the agent just pressed save.
 */
const listeners = new Set<(text: string) => void>();

export const announce = (text: string) => {
  for (const listener of listeners) listener(text);
};

export const Announcer = () => {
  const [text, setText] = useState('');
  useEffect(() => {
    // Emptied first, so the same words said twice in a row are read twice.
    const listener = (next: string) => {
      setText('');
      setTimeout(() => setText(next), 50);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return (
    <div aria-live="assertive" aria-atomic="true" className="claimline-sr-only" data-testid="announcer">
      {text}
    </div>
  );
};
