import { useEffect, useRef } from 'react';

/**
 * Runs `start` each time a dialog opens, and only then. Forms fill themselves from it; the
 * records they read may refetch in the background while the dialog is open (after another
 * change), and that must not wipe what the user has typed or picked.
 */
export function useOnOpen(open: boolean, start: () => void): void {
  const latest = useRef(start);
  latest.current = start;
  useEffect(() => {
    if (open) latest.current();
  }, [open]);
}
