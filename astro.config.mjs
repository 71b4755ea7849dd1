// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://thads.example.vn',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
});
