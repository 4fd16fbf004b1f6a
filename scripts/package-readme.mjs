#!/usr/bin/env node
// The README packaged in the .vsix (vsce --readme-path): VS Code's extension page resolves no relative path for an
// installed .vsix and allows only https: and data: images (microsoft/vscode#43173), and claimlint has no web home to
// point at. So the packaged copy inlines the PNG screenshots as data: URIs and turns relative links, which could not
// open there, into plain text naming the file. README.md itself keeps ordinary relative links (GitHub, editors).
// usage: node scripts/package-readme.mjs [README.md] [dist/README.md]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packagedReadme } from './lib/packagedReadme.mjs';

const source = resolve(process.argv[2] ?? 'README.md');
const target = resolve(process.argv[3] ?? join('dist', 'README.md'));
const out = packagedReadme(readFileSync(source, 'utf8'), (path) => readFileSync(join(dirname(source), path)));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, out);
console.log(`package-readme: ${target} (${Math.round(out.length / 1024)} KB)`);
