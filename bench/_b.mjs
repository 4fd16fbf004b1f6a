import * as esbuild from 'esbuild';
await esbuild.build({ entryPoints: { profile: 'bench/profile.ts' }, outdir: 'out/bench', bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module','main'], external: ['node-x12'], sourcemap: 'linked', logLevel: 'warning' });
