import { Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { LoadError } from '../components/load-error';
import { useSession } from './session-context';
import { sessionEvents } from './session-events';
import { ViewerQuery } from './viewer.graphql';
import { ViewerContext } from './viewer-context';

interface RequireViewerProps {
  children: ReactNode;
  /** The change-password step is the one place an account that must change its password may be. */
  passwordStep?: boolean;
}

/** Renders its children for a signed-in viewer; otherwise sends the browser to sign in. */
export function RequireViewer({ children, passwordStep = false }: RequireViewerProps) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ViewerQuery });
  const location = useLocation();
  const navigate = useNavigate();
  const { resetSession } = useSession();
  const next = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      sessionEvents.onExpired(() => {
        navigate(`/sign-in?next=${encodeURIComponent(next)}&expired=1`, { replace: true });
        resetSession();
      }),
    [navigate, next, resetSession],
  );

  if (fetching && !data) {
    return (
      <div className="full-page-center">
        <Spin size="large" />
      </div>
    );
  }
  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} fullPage />;
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  if (viewer.account.mustChangePassword && !passwordStep) return <Navigate to="/change-password" replace />;
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}
