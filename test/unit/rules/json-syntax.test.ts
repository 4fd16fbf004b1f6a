import { problemCases } from './problemCases';

problemCases('json-syntax', [
  { name: 'valid JSON has none', text: '{"resourceType":"Claim","item":[]}', expect: [] },
  { name: 'a trailing comma', text: '{"resourceType":"Claim","item":[],}', expect: [{ at: ',', severity: 'error', message: /^Remove this comma/ }] },
  { name: 'a comment in claim JSON', text: '{\n  // note\n  "claimInformation": {"serviceLines": []}\n}', expect: [{ at: '// note', message: /comment/ }] },
  { name: 'JSON that is not a claim is not this rule\'s', text: '{"name": "x",, }', expect: [] },
]);
