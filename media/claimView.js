// @ts-check
// The claim view's script inside the webview: shows the HTML the extension renders, and sends back what the coder
// chose (a place to jump to, showing or hiding patient names). Keyboard: Up/Down/Home/End move between rows,
// Enter or Space jumps. Loaded under a nonce'd CSP; it fetches nothing.
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  /** @param {HTMLElement} el */
  const rowsOf = (el) => /** @type {HTMLElement[]} */ ([...el.querySelectorAll('tr.line, button.claim-id')]);

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'render' || typeof data.html !== 'string') return;
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    const focusedKey = active && root.contains(active) ? active.dataset.key : undefined;
    const scroll = window.scrollY;
    root.innerHTML = data.html;
    window.scrollTo(0, scroll);
    if (focusedKey) /** @type {HTMLElement | null} */ (root.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`))?.focus();
  });

  root.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.closest('summary, details')) return;
    if (target.closest('#reveal')) {
      vscode.postMessage({ type: 'reveal', value: target.closest('#reveal')?.getAttribute('aria-pressed') !== 'true' });
      return;
    }
    const jump = /** @type {HTMLElement | null} */ (target.closest('[data-jump]'));
    if (jump) vscode.postMessage({ type: 'jump', index: Number(jump.dataset.jump) });
  });

  root.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const rows = rowsOf(root);
    const at = rows.indexOf(target);
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('tr.line')) {
      event.preventDefault();
      vscode.postMessage({ type: 'jump', index: Number(target.dataset.jump) });
      return;
    }
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, next))].focus();
  });

  vscode.postMessage({ type: 'ready' });
})();
