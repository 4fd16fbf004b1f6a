import { defaultKnowledge } from '../../../server/src/core/knowledge';
import type { DrugNameMatch, Knowledge } from '../../../server/src/core/knowledge/types';
import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

/**
 * Every drug the shipped name list knows has a specific code in force in 2026, so the "no specific code" case is tested
 * with a made-up drug name (a test double of the knowledge, not a claim about any real drug).
 */
function withDrug(match: Omit<DrugNameMatch, 'index' | 'sources'>): Knowledge {
  const base = defaultKnowledge();
  return {
    ...base,
    findDrugNames: (text) => {
      const at = text.toUpperCase().indexOf(match.matchedText.toUpperCase());
      return at >= 0 ? [{ ...match, index: at, sources: [] }] : base.findDrugNames(text);
    },
  };
}

const EXAMPLAZINE = withDrug({ matchedText: 'EXAMPLAZINE', drug: 'examplazine', codes: [], immunosuppressive: false, classes: ['antiemetic'], form: 'oral' });
const EXAMPLASONE = withDrug({ matchedText: 'EXAMPLASONE', drug: 'examplasone', codes: [], immunosuppressive: false, classes: ['corticosteroid', 'antiemetic'], form: 'oral' });
const EXAMPLIMUS = withDrug({ matchedText: 'EXAMPLIMUS', drug: 'examplimus', codes: [], immunosuppressive: true, classes: ['immunosuppressive'], form: 'oral' });

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7599 for tacrolimus', format, text: claimText(format, oneLine({ ...TACRO, ndc: '00469061773' })), expect: [] },
  {
    name: 'an oral anti-emetic with no specific code: the oral anti-emetic NOC',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EXAMPLAZINE 10 MG TAB X 30', units: '1', charge: '5', date: '2026-11-05' })),
    knowledge: EXAMPLAZINE,
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'wrongClass', data: { noc: 'J8597', drug: 'EXAMPLAZINE', drugClass: 'an anti-emetic' }, fixes: 1 }],
    applyFix: 'Bill J8597',
  },
  {
    name: 'an immunosuppressive with no specific code: J7599 is right',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EXAMPLIMUS 5 MG TAB X 30', units: '1', charge: '5', date: '2026-11-05' })),
    knowledge: EXAMPLIMUS,
    expect: [],
  },
  {
    name: 'a drug with a specific code is hcpcs-more-specific\'s (aprepitant → J8501), not this rule\'s',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EMEND 125 MG CAP', units: '1', charge: '90', date: '2026-11-05' })),
    expect: [],
  },
  {
    name: 'methotrexate is used as an immunosuppressant: never called anything else',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'METHOTREXATE 2.5 MG TAB', units: '1', charge: '9', date: '2026-11-05' })),
    expect: [],
  },
  {
    name: 'before the class NOC code existed (J8597 from 2006-01-01), nothing is named',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EXAMPLAZINE 10 MG TAB X 30', units: '1', charge: '5', date: '2004-06-01' })),
    knowledge: EXAMPLAZINE,
    expect: [],
  },
  {
    name: 'a corticosteroid (also an anti-emetic) may be given as an immunosuppressant: never called anything else',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EXAMPLASONE 4 MG TAB X 10', units: '1', charge: '5', date: '2026-11-05' })),
    knowledge: EXAMPLASONE,
    expect: [],
  },
  { name: 'other NOC codes are not judged', format, text: claimText(format, oneLine({ ...TACRO, code: 'J3490', description: 'EXAMPLAZINE 10 MG TAB' })), knowledge: EXAMPLAZINE, expect: [] },
]);
ruleCases('noc-wrong-category', cases);
