import { useEffect, useState } from 'react';

/** The tree's scroll height: what the window leaves below the header and toolbar (it is virtual, so it needs one). */
export function useTreeHeight(reserved = 300, minimum = 320): number {
  const measure = () => Math.max(minimum, (typeof window === 'undefined' ? 900 : window.innerHeight) - reserved);
  const [height, setHeight] = useState(measure);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure only reads the window and the two numbers.
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [reserved, minimum]);
  return height;
}
