import { defineConfig } from 'tsup';

// Kept deliberately small: tsup is in maintenance mode, and moving to its
// successor (tsdown) once it runs on Node 20 should touch only this file.
// Each file format is an entry of its own (a subpath export), so the core
// entry stays free of their (optional peer) dependencies.
const formats = {
  docx: 'src/formats/docx/index.ts',
  html: 'src/formats/html/index.ts',
  pdf: 'src/formats/pdf/index.ts',
  oparl: 'src/formats/oparl/index.ts',
};

export default defineConfig({
  entry: { index: 'src/index.ts', ...formats, 'cli/main': 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', ...formats } },
  clean: true,
  sourcemap: true,
  splitting: true,
});
