/** The one place the web app reads Vite's build-time environment. */
export const env = Object.freeze({
  /** Where the API lives; same origin in production (the server serves this build). */
  graphqlUrl: '/graphql',
  authUrl: '/auth',
  isDevelopment: import.meta.env.DEV,
  appVersion: (import.meta.env.VITE_STEWARD_VERSION as string | undefined) ?? '0.1.0',
});
