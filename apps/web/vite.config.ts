import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on its own port in development; in production the server serves this build.
const apiTarget = process.env.STEWARD_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/auth': { target: apiTarget, changeOrigin: false },
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Routes are lazy (app/router.tsx); what every route shares is split by how often it changes.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'graphql', test: /node_modules[\\/](urql|@urql|@0no-co|wonka|graphql)[\\/]/, priority: 20 },
            { name: 'gql-documents', test: /src[\\/]gql[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
