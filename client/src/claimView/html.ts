// The webview page: a strict CSP (nothing but the extension's own stylesheet and one nonce'd script), no remote content.
import { randomBytes } from 'node:crypto';

export interface ShellResources {
  /** webview.cspSource */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

export function claimViewShell(resources: ShellResources): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [`default-src 'none'`, `style-src ${resources.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${resources.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${resources.styleUri}">
<title>Claims</title>
</head>
<body>
<main id="root"><p class="message">Reading the claims…</p></main>
<script nonce="${nonce}" src="${resources.scriptUri}"></script>
</body>
</html>`;
}
