type Listener = () => void;

const listeners = new Set<Listener>();

/** Lets the GraphQL client tell the app that the session is gone (expired or signed out elsewhere). */
export const sessionEvents = {
  onExpired(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  emitExpired(): void {
    for (const listener of listeners) listener();
  },
};
