import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a component on first need (a lazy chunk) and returns it once loaded.
 * Keeps the popup's first paint to what the list needs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useLazy<P extends Record<string, any>>(
  active: boolean,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> | undefined {
  const [comp, setComp] = useState<{ c: ComponentType<P> } | undefined>(undefined);
  useEffect(() => {
    if (!active || comp) return undefined;
    let live = true;
    void load().then((c) => live && setComp({ c }));
    return () => {
      live = false;
    };
  }, [active, comp, load]);
  return comp?.c;
}
