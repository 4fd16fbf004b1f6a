// Renders the claim view model as HTML for the webview. Pure (no vscode import): every value from the claim file is
// escaped, nothing is styled inline (the webview's CSP allows only its own stylesheet), and every place a coder can
// jump to is a data-jump index into `targets`, so ranges never travel to the webview.
import type { Range } from 'vscode-languageserver-protocol';
import type { ClaimEntry, FindingEntry, LineEntry } from '../../../server/src/core/claimView/types';
import type { Severity } from '../../../server/src/core/findings';
import type { ClaimViewResult } from '../../../server/src/features/requests';

export interface Rendered {
  readonly html: string;
  /** What each data-jump index selects in the editor. */
  readonly targets: Range[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' };
const COLUMNS = ['Line', 'Service date', 'Code', 'Modifiers', 'NDC and drug', 'Drug quantity', 'Units', 'Charge'];
const MASK = '•••••';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderClaimView(view: ClaimViewResult, fileName: string): Rendered {
  const targets: Range[] = [];
  const jump = (range: Range): number => targets.push(range) - 1;
  if (!view) return { html: message('claimlint is not checking this file (it is closed, not a claim, or claimlint.enable is off).'), targets };
  if (!view.format) return { html: message(`${fileName} is not a claim file claimlint checks (X12 837P/837I, FHIR R4 Claim or ExplanationOfBenefit, claim JSON).`), targets };

  const parts = [header(view, fileName)];
  if (view.fileFindings.length) {
    parts.push(`<section class="file-findings" aria-label="Findings about the file">${findingList(view.fileFindings, jump)}</section>`);
  }
  if (view.claims.length === 0) parts.push(message('No claims found in this file.'));
  else {
    parts.push(`<table class="claims" aria-label="Claims and service lines"><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`);
    for (const [i, claim] of view.claims.entries()) parts.push(claimBody(claim, i, jump));
    parts.push('</table>');
  }
  if (view.omitted.lines > 0) {
    parts.push(`<p class="omitted">Showing the first ${count(view.claims.reduce((n, c) => n + c.lines.length, 0), 'line')}; ${count(view.omitted.lines, 'more line')}${view.omitted.claims ? ` in ${count(view.omitted.claims, 'more claim')}` : ''} are not shown. The Outline and the Problems panel list everything.</p>`);
  }
  return { html: parts.join(''), targets };
}

function header(view: NonNullable<ClaimViewResult>, fileName: string): string {
  const s = view.summary;
  const counts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((sev) => s.counts[sev] > 0 || sev !== 'hint')
    .map((sev) => `<span class="count ${sev}">${count(s.counts[sev], sev === 'information' ? 'info' : sev)}</span>`)
    .join(' ');
  const capped = s.truncated ? ` · <span class="capped">${s.shown} of ${s.total} findings shown</span>` : '';
  const ignored = s.ignored ? ` · ${count(s.ignored, 'ignored finding')}` : '';
  const reveal = view.patientsRevealed ? 'Hide patient names' : 'Show patient names';
  return `<header><h1>${escapeHtml(fileName)} <span class="format" title="${escapeHtml(view.format?.title ?? '')}">${escapeHtml(view.format?.label ?? '')}</span></h1>` +
    `<p class="summary" role="status">${count(s.claims, 'claim')} · ${count(s.lines, 'line')} · ${counts}${capped}${ignored}</p>` +
    `<button type="button" id="reveal" aria-pressed="${view.patientsRevealed}">${reveal}</button></header>`;
}

function claimBody(claim: ClaimEntry<Range>, index: number, jump: (r: Range) => number): string {
  const patient = !claim.patient.present
    ? '<span class="muted">not given</span>'
    : claim.patient.name !== undefined
      ? `<span class="patient">${escapeHtml(claim.patient.name)}</span>`
      : `<span class="patient masked" aria-label="hidden">${MASK}</span>`;
  const payerName = claim.payer.name ? `${escapeHtml(claim.payer.name.text)}${claim.payer.id ? ` <span class="muted">(${escapeHtml(claim.payer.id)})</span>` : ''}` : '<span class="muted">payer not named</span>';
  const facts = [
    `<span class="fact"><span class="label">Patient</span> ${patient}</span>`,
    `<span class="fact"><span class="label">Payer</span> ${payerName}</span>`,
    `<span class="fact"><span class="label">Judged as</span> <span title="${escapeHtml(claim.payer.inForce)}">${escapeHtml(claim.payer.policy ? `${claim.payer.policy} (payer policy)` : claim.payer.label)}</span></span>`,
    claim.serviceDate ? `<span class="fact"><span class="label">Claim date</span> ${escapeHtml(claim.serviceDate.iso ?? claim.serviceDate.text)}</span>` : '',
  ].join('');
  const head = `<tr class="claim"><th colspan="${COLUMNS.length}" scope="rowgroup">` +
    `<button type="button" class="jump claim-id" data-jump="${jump(claim.at)}" data-key="c${index}">Claim ${escapeHtml(claim.label)}</button>${facts}` +
    `${claim.findings.length ? findingList(claim.findings, jump) : ''}</th></tr>`;
  const rows = claim.lines.length
    ? claim.lines.map((line) => lineRow(line, index, jump)).join('')
    : `<tr><td colspan="${COLUMNS.length}" class="muted">No service lines.</td></tr>`;
  return `<tbody aria-label="Claim ${escapeHtml(claim.label)}">${head}${rows}</tbody>`;
}

function lineRow(line: LineEntry<Range>, claimIndex: number, jump: (r: Range) => number): string {
  const severity = line.findings[0]?.severity;
  const code = line.code
    ? `<code>${escapeHtml(line.code.text)}</code>${line.revenueCode ? ` <span class="muted">rev ${escapeHtml(line.revenueCode.text)}</span>` : ''}` +
      (line.code.descriptor
        ? `<div class="descriptor" title="${escapeHtml(`${line.code.descriptorKind === 'long' ? 'CMS long descriptor' : 'CMS short descriptor'}${line.code.source ? ` — ${line.code.source}` : ''}`)}">${escapeHtml(line.code.descriptor)}</div>`
        : '<div class="muted">not in claimlint\'s code data</div>') +
      (line.code.caveat ? `<details class="caveat"><summary>Note</summary>${escapeHtml(line.code.caveat)}</details>` : '') +
      (line.description ? `<div class="written">Description: ${escapeHtml(line.description.text)}</div>` : '')
    : '<span class="muted">no code</span>';
  const modifiers = line.modifiers.length
    ? line.modifiers.map((m) => `<code title="${escapeHtml(m.meaning ?? 'not in claimlint\'s modifier data')}">${escapeHtml(m.text)}</code>`).join(' ')
    : '';
  const drug = line.drug
    ? `<code>${escapeHtml(line.drug.text)}</code>` +
      (line.drug.drugName
        ? `<div class="descriptor" title="${escapeHtml(`${line.drug.labeler ?? ''}${line.drug.source ? ` — ${line.drug.source}` : ''}`)}">${escapeHtml(line.drug.drugName)}</div>`
        : '<div class="muted">not in the CMS crosswalk</div>')
    : '<span class="muted">none</span>';
  const quantity = line.drug?.quantity ? `${escapeHtml(line.drug.quantity.text)}${line.drug.unit ? ` ${escapeHtml(line.drug.unit.text)}` : ''}` : '';
  const units = line.units ? `${escapeHtml(line.units.text)}${line.unitOfMeasure ? ` ${escapeHtml(line.unitOfMeasure)}` : ''}` : '';
  const date = line.serviceDate ? `${escapeHtml(line.serviceDate.iso ?? line.serviceDate.text)}${line.serviceDate.fromClaim ? ' <span class="muted">(claim)</span>' : ''}` : '<span class="muted">none</span>';
  const cells = [String(line.number), date, code, modifiers, drug, quantity, units, line.charge ? escapeHtml(line.charge.text) : ''];
  const label = `Line ${line.number}${line.code ? `, ${line.code.text}` : ''}, ${line.findings.length ? count(line.findings.length, 'finding') : 'no findings'}`;
  const row = `<tr class="line${severity ? ` has-${severity}` : ''}" tabindex="0" data-jump="${jump(line.at)}" data-key="l${claimIndex}.${line.number}" aria-label="${escapeHtml(label)}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  // Findings are sentences: they get the width of the table, in a row right under their line.
  if (!line.findings.length) return row;
  return `${row}<tr class="line-findings${severity ? ` has-${severity}` : ''}"><td></td><td colspan="${COLUMNS.length - 1}" aria-label="Findings on line ${line.number}">${findingList(line.findings, jump)}</td></tr>`;
}

function findingList(findings: readonly FindingEntry<Range>[], jump: (r: Range) => number): string {
  const items = findings.map((f) =>
    `<li><button type="button" class="finding ${f.severity}" data-jump="${jump(f.at)}">` +
    `<span class="severity">${SEVERITY_LABEL[f.severity]}</span> ${escapeHtml(withoutPlace(f.message))} <code class="rule">${escapeHtml(f.ruleId)}</code></button></li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** "Claim TX-1001, line 2: bill J7507…" → "bill J7507…": the row already says which claim and line. */
function withoutPlace(message: string): string {
  return message.replace(/^Claim [^,]{1,40}, line \d+: /, '');
}

function message(text: string): string {
  return `<p class="message">${escapeHtml(text)}</p>`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 || noun.endsWith('info') ? '' : 's'}`;
}
