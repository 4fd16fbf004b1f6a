import { buildInterchange, STANDARD } from '../../fixtures/x12/synthetic';
import { problemCases } from './problemCases';

const good = buildInterchange(STANDARD);
problemCases('x12-envelope', [
  { name: 'a complete interchange has none', text: good, expect: [] },
  { name: 'a wrong SE01 count', text: good.replace('SE*42*0001', 'SE*41*0001'), expect: [{ at: '41', severity: 'warning', message: /Set SE01 to 42/ }] },
  { name: 'a wrong IEA02', text: good.replace('IEA*1*000000101', 'IEA*1*000000999'), expect: [{ at: '000000999', message: /Set IEA02 to 000000101/ }] },
  { name: 'no ISA: the file starts at GS', text: good.slice(good.indexOf('GS*')), expect: [{ at: 'GS*', severity: 'error', message: /^Add the ISA interchange header/ }, { at: 'IEA*1*000000101', message: /no interchange is open/ }] },
]);
