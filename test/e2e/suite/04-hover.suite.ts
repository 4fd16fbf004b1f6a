import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, hoverText, open, rangeOf, waitForDiagnostics } from '../lib/vscodeHelpers';

/** The server has linted the document (so it has it): any claimlint diagnostic will do, whichever rule. */
const serverHas = (uri: vscode.Uri) => waitForDiagnostics(uri, (ds) => ds.length > 0, 'any claimlint diagnostic');

/** A position inside `needle` (one character in, so the hover is unambiguous). */
async function inside(uri: vscode.Uri, needle: string, nth = 0): Promise<vscode.Position> {
  const { document } = await open(uri);
  return rangeOf(document, needle, nth).start.translate(0, 1);
}

describe('hovers', () => {
  it('J7599 shows the HCPCS descriptor', async () => {
    const uri = fixture('j7599-no-ndc.837');
    const pos = await inside(uri, 'J7599');
    await serverHas(uri);
    const text = await hoverText(uri, pos);
    assert.match(text, /immunosuppressive drug, not otherwise classified/i, `hover was: ${text || '(none)'}`);
  });

  it('an NDC shows what the crosswalk knows about it (tacrolimus / Prograf, J7507)', async () => {
    const uri = fixture('j7599-hyphen-ndc.837');
    const pos = await inside(uri, '0469-0607-73');
    await serverHas(uri);
    const text = await hoverText(uri, pos);
    assert.match(text, /tacrolimus|prograf/i, `hover was: ${text || '(none)'}`);
    assert.match(text, /J7507/, `hover was: ${text || '(none)'}`);
  });

  it('an X12 element names itself (CTP04 = Quantity)', async () => {
    const uri = fixture('j7599-hyphen-ndc.837');
    const { document } = await open(uri);
    const ctp = rangeOf(document, 'CTP****100*UN');
    const pos = ctp.start.translate(0, 'CTP****'.length + 1); // inside "100"
    await serverHas(uri);
    const text = await hoverText(uri, pos);
    assert.match(text, /CTP04/, `hover was: ${text || '(none)'}`);
    assert.match(text, /quantity/i, `hover was: ${text || '(none)'}`);
  });

  it('a JSON claim code hovers too (FHIR J7599)', async () => {
    const uri = fixture('fhir-claim.json');
    const pos = await inside(uri, 'J7599');
    await serverHas(uri);
    const text = await hoverText(uri, pos);
    assert.match(text, /not otherwise classified/i, `hover was: ${text || '(none)'}`);
  });
});
