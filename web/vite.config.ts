/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

// The server embeds dist/ and sends a file's .br or .gz twin to browsers that accept it, so the
// compression is done once here, at the best levels, rather than on every request.
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rapport-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const path of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt|webmanifest)$/.test(path)) continue;
        const raw = readFileSync(path);
        const twins: [string, Buffer][] = [
          ['gz', gzipSync(raw, { level: 9 })],
          [
            'br',
            brotliCompressSync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
          ],
        ];
        for (const [extension, packed] of twins) {
          if (packed.length < raw.length * 0.9) writeFileSync(`${path}.${extension}`, packed);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [precompress()],
  build: {
    // Hashed names under /assets/ are served as immutable; index.html is not hashed.
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" for React Server Components; irrelevant in a browser bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `npm run dev` talks to a `rapport serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
