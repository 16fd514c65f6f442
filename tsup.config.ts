import { defineConfig } from 'tsup';

// Kept deliberately small: tsup is in maintenance mode, and moving to its
// successor (tsdown) once it runs on Node 20 should touch only this file.
export default defineConfig({
  entry: { index: 'src/index.ts', 'cli/main': 'src/cli/main.ts', 'formats/docx/index': 'src/formats/docx/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', 'formats/docx/index': 'src/formats/docx/index.ts' } },
  clean: true,
  sourcemap: true,
  splitting: true,
});
