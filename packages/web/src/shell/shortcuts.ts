/**
 * The console's keyboard shortcuts (issue 21 part 2), one list the key layer binds and the help dialog shows.
 *
 * Why these keys: a hotline agent works in Chromium on Windows with a Chinese input method. Chromium keeps Ctrl+N/T/W
 * and Alt+F/E/D/Home for itself, and the Windows input methods (Microsoft Pinyin, Sogou) take Ctrl+Space, Shift,
 * Ctrl+Shift, Ctrl+. , Shift+Space and Ctrl+Shift+F. Alt with a letter is left free by both, so the moves that leave
 * the page are Alt+letter (bound to the physical key, `KeyN`, so a Mac's Option characters do not get in the way).
 * Saving is Ctrl+Enter: it types nothing anywhere. Ctrl+S, which the browser would answer with "save page as", is
 * taken as save only while the focus is inside a form.
 */
export type ShortcutId = 'newCase' | 'search' | 'save' | 'nextStep' | 'home' | 'help';

export type Binding = {
  /** A tinykeys binding: `$mod` is Ctrl (⌘ on a Mac). */
  combo: string;
  /** The keys as the help dialog shows them. */
  keys: readonly string[];
  /** A single printable key types into a field, so it never fires while one has the focus. */
  single: boolean;
  /** Only with the focus inside a form (Ctrl+S). */
  inFormOnly?: boolean;
};

export type Shortcut = {
  id: ShortcutId;
  bindings: readonly Binding[];
  /** Whether it also works inside an open dialog (saving does; leaving the page under a dialog does not). */
  inDialog: boolean;
};

const alt = (letter: string): Binding => ({
  combo: `Alt+Key${letter}`,
  keys: ['Alt', letter],
  single: false,
});

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'newCase', bindings: [alt('N')], inDialog: false },
  { id: 'search', bindings: [{ combo: '/', keys: ['/'], single: true }, alt('S')], inDialog: false },
  {
    id: 'save',
    bindings: [
      { combo: '$mod+Enter', keys: ['Ctrl', 'Enter'], single: false },
      { combo: '$mod+KeyS', keys: ['Ctrl', 'S'], single: false, inFormOnly: true },
    ],
    inDialog: true,
  },
  { id: 'nextStep', bindings: [alt('J')], inDialog: false },
  { id: 'home', bindings: [alt('H')], inDialog: false },
  { id: 'help', bindings: [{ combo: 'Shift+?', keys: ['?'], single: true }], inDialog: false },
];
