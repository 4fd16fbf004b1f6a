import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'no modifiers', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  { name: 'drug modifiers KX and JG are fine', format, text: claimText(format, oneLine({ ...TACRO, modifiers: ['KX', 'JG'] })), expect: [] },
  {
    name: '22 on J7599 (the classic copied-modifier mistake)',
    format,
    text: claimText(format, oneLine({ ...TACRO, modifiers: ['22'] })),
    expect: [{ at: '22', severity: 'warning', messageId: 'remove', data: { modifier: '22' }, fixes: 1 }],
    applyFix: 'Remove modifier 22',
  },
  {
    name: '59 and RT each flagged',
    format,
    text: claimText(format, oneLine({ ...TACRO, modifiers: ['59', 'RT'] })),
    expect: [{ at: '59' }, { at: 'RT' }],
    applyFix: 'Remove modifier 59',
  },
  {
    name: 'not a drug line: 22 on a surgery code is not this rule\'s business',
    format,
    text: claimText(format, oneLine({ code: '27447', modifiers: ['22'], units: '1', charge: '100', date: '2026-11-05' })),
    expect: [],
  },
]);
ruleCases('modifier-questionable', cases);
