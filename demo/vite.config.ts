// `npm start`: the demo pages, served from source with the built-in default feed (demo/public/feed.json).
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedAsRss } from './feed-as-rss.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

// The pre-paint theme script lives in src/theme/; serve it at /theme-prepaint.js like a CDN would.
const prepaint = fileURLToPath(new URL('../src/theme/prepaint.js', import.meta.url));
const servePrepaint: Plugin = {
  name: 'serve-prepaint',
  configureServer(server) {
    server.middlewares.use('/theme-prepaint.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(existsSync(prepaint) ? readFileSync(prepaint) : '');
    });
  },
};

// The default feed as RSS, at /rss.xml: what most portals publish (demo/rss.html reads it).
const feedJson = fileURLToPath(new URL('./public/feed.json', import.meta.url));
const serveRss: Plugin = {
  name: 'serve-rss',
  configureServer(server) {
    server.middlewares.use('/rss.xml', (req, res) => {
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      res.setHeader('Content-Type', 'application/rss+xml; charset=UTF-8');
      res.end(feedAsRss(JSON.parse(readFileSync(feedJson, 'utf8')), origin));
    });
  },
};

export default defineConfig({
  root,
  plugins: [servePrepaint, serveRss],
  publicDir: 'public',
  server: { port: 5173, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      input: {
        index: `${root}index.html`,
        portal: `${root}portal.html`,
        partner: `${root}partner.html`,
        states: `${root}states.html`,
        configurator: `${root}configurator.html`,
        rss: `${root}rss.html`,
      },
    },
  },
});
