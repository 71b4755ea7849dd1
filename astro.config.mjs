// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://thads.example.vn',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // The Content-Security-Policy, as a <meta> in every page (works on any static host; public/_headers
  // repeats it with frame-ancestors, which a meta cannot carry). Astro hashes the inlined stylesheet.
  // The site runs no script: script-src lists only the hashes Astro adds for its own hydration
  // snippets, which no page contains, and 'report-sample' replaces Astro's default 'self' so that no
  // script file, inline script or event handler can run. No inline style attribute is allowed either.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'report-sample'"] },
      styleDirective: { resources: ["'report-sample'"] },
    },
  },
});
