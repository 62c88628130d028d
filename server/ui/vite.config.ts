import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// The Maven build sets UI_OUT to target/classes/public, so the bundle lands in the jar and Javalin
// serves it from the classpath. `npm run build` alone writes dist/.
export default defineConfig({
  plugins: [preact()],
  base: './',
  build: {
    outDir: process.env.UI_OUT ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
