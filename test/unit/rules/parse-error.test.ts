import { problemCases } from './problemCases';

problemCases('parse-error', [
  { name: 'an empty .837 file', text: '', hint: { fileName: 'claim.837', requested: true }, expect: [{ at: '', severity: 'error', message: /empty/ }] },
  { name: 'binary data', text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', hint: { fileName: 'claim.837' }, expect: [{ at: '\u0089PN', severity: 'error', message: /binary data/ }] },
  { name: 'UTF-16 text', text: 'ISA*00*~GS*HC~'.split('').join('\u0000'), hint: { fileName: 'claim.837' }, expect: [{ at: 'I\u0000S', message: /UTF-16/ }] },
  { name: 'a FHIR Claim nested past any claim', text: `{"resourceType":"Claim","item":${'['.repeat(300)}`, expect: [{ at: '[', message: /nests more than 256 levels/ }] },
  { name: 'a readable claim has none', text: '{"resourceType":"Claim","item":[]}', expect: [] },
]);
