/** The one place the web app reads Vite's build-time environment. */
export const env = Object.freeze({
  /** Where the API lives; same origin in production (the server serves this build). */
  graphqlUrl: '/graphql',
  authUrl: '/auth',
  /** Plain HTTP routes: glossary CSV import and export. */
  apiUrl: '/api',
  isDevelopment: import.meta.env.DEV,
  appVersion: (import.meta.env.VITE_STEWARD_VERSION as string | undefined) ?? '0.1.0',
});
