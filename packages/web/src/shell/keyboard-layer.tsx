import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { tinykeys } from 'tinykeys';
import type { Me } from '../api/types.ts';
import { Announcer } from './announcer.tsx';
import { desksFor, homePath } from './desks.tsx';
import {
  currentForm,
  focusHeading,
  primaryAction,
  recordHeading,
  searchField,
  submitForm,
  waitFor,
} from './keyboard-actions.ts';
import { ShortcutHelp } from './shortcut-help.tsx';
import { keyContext, shortcutFires } from './shortcut-rules.ts';
import { SHORTCUTS, type ShortcutId } from './shortcuts.ts';

/** Where the focus goes on the next screen: a saved record's heading (by its number) or the search box. */
export type ArrivalFocus = { focusRecord: string } | { focusSearch: true };

export const arrivalAtRecord = (number: string): ArrivalFocus => ({ focusRecord: number });

const isArrival = (state: unknown): state is ArrivalFocus =>
  typeof state === 'object' && state !== null && ('focusRecord' in state || 'focusSearch' in state);

/**
 * The console-wide keyboard layer (issue 21 part 2), mounted once by the shell: the shortcuts of shortcuts.ts, the
 * `?` help, the focus on arrival after a save, and the live region.
 */
export const KeyboardLayer = ({ me }: { me: Me }) => {
  const navigate = useNavigate();
  const location = useLocation();
  const [help, setHelp] = useState(false);
  // The handlers read the latest user and route without re-binding the keys on every render.
  const latest = useRef({ me, navigate });
  latest.current = { me, navigate };

  useEffect(() => {
    const may = (desk: string) => desksFor(latest.current.me).some((d) => d.key === desk);
    const go = (path: string, state?: ArrivalFocus) => {
      latest.current.navigate(path, state ? { state } : undefined);
      return true;
    };
    const focus = (el: HTMLElement | undefined) => {
      el?.focus();
      if (el instanceof HTMLInputElement) el.select();
      return Boolean(el);
    };
    // Each answers whether it acted, so a key it did not use keeps its browser meaning.
    const actions: Record<ShortcutId, () => boolean> = {
      newCase: () => may('newCase') && go('/cases/new'),
      home: () => go(homePath(latest.current.me)),
      search: () => focus(searchField(document)) || (may('cases') && go('/cases', { focusSearch: true })),
      save: () => {
        const form = currentForm(document);
        return form ? submitForm(form) : false;
      },
      nextStep: () => focus(primaryAction(document)),
      help: () => {
        setHelp(true);
        return true;
      },
    };
    const bindings = Object.fromEntries(
      SHORTCUTS.flatMap((s) =>
        s.bindings.map((b) => [
          b.combo,
          (e: KeyboardEvent) => {
            if (e.repeat || !shortcutFires(s, b, keyContext(e))) return;
            // The browser's own meaning of the key (Ctrl+S: save page) is dropped only when we acted on it.
            if (actions[s.id]()) e.preventDefault();
          },
        ]),
      ),
    );
    // Capture: a widget that keeps its keys to itself (the side menu stops their propagation) cannot swallow ours.
    return tinykeys(window, bindings, { capture: true });
  }, []);

  // After a save the page shows the new record: its heading gets the focus once it is there (WCAG 2.4.3).
  useEffect(() => {
    const state: unknown = location.state;
    if (!isArrival(state)) return;
    let live = true;
    const find =
      'focusRecord' in state ? () => recordHeading(document, state.focusRecord) : () => searchField(document);
    void waitFor(find).then((el) => {
      if (!live || !el) return;
      if (el instanceof HTMLInputElement) el.focus();
      else focusHeading(el);
    });
    return () => {
      live = false;
    };
  }, [location.state]);

  return (
    <>
      <Announcer />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </>
  );
};
