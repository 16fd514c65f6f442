import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [entry, contents] = [process.argv[2], process.argv[3]];
const opts = { bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent' };
const r = await build(contents ? { ...opts, stdin: { contents, resolveDir: process.cwd(), loader: 'js' } } : { ...opts, entryPoints: [entry] });
const out = Object.values(r.metafile.outputs)[0];
const byPkg = {};
for (const [p, i] of Object.entries(out.inputs)) {
  const m = p.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const k = m ? m[1] : p.split('/').slice(0, 2).join('/');
  byPkg[k] = (byPkg[k] ?? 0) + i.bytesInOutput;
}
const code = r.outputFiles[0].contents;
console.log('total', (code.length/1024).toFixed(1), 'KiB, gzip', (gzipSync(code,{level:9}).length/1024).toFixed(1));
for (const [k, v] of Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0, +process.argv[4] || 40)) console.log((v/1024).toFixed(1).padStart(7), k);
