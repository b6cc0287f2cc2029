import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createStewardClient } from '../api/client';

interface Session {
  /** Drops every cached record: call after signing in or out. */
  resetSession: () => void;
}

const SessionContext = createContext<Session>({ resetSession: () => undefined });

/** Holds the GraphQL client; a new session gets a new client and so an empty cache. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createStewardClient);
  const resetSession = useCallback(() => setClient(createStewardClient()), []);
  const session = useMemo(() => ({ resetSession }), [resetSession]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
