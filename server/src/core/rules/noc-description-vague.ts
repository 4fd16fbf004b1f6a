import { strengthsInText } from '../knowledge';
import type { Rule } from './rule';
import { codeOf, isNocDrugCode, shown } from './support/lines';

/** Words that describe a NOC line without naming any drug: "IMMUNOSUPPRESSIVE DRUG", "NOC MEDICATION 1 UNIT". */
const GENERIC_WORDS = new Set([
  'immunosuppressive', 'immunosuppressant', 'drug', 'drugs', 'medication', 'medications', 'medicine', 'med', 'meds', 'rx', 'noc',
  'nos', 'unclassified', 'unlisted', 'other', 'misc', 'miscellaneous', 'oral', 'injection', 'inj', 'tab', 'tabs', 'tablet', 'tablets',
  'cap', 'caps', 'capsule', 'capsules', 'each', 'unit', 'units', 'dose', 'doses', 'see', 'ndc', 'x', 'qty', 'of', 'the', 'for', 'and',
  'per', 'mg', 'ml', 'mcg', 'g', 'un', 'supply', 'day', 'days', 'prescription', 'generic', 'brand', 'transplant', 'anti', 'rejection',
]);

function onlyGenericWords(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  return words.every((w) => GENERIC_WORDS.has(w));
}

export const nocDescriptionVague: Rule = {
  meta: {
    id: 'noc-description-vague',
    description: 'A NOC line\'s description names no drug claimlint knows, or names the drug without its strength.',
    defaultSeverity: 'warning',
    fixable: false,
    heuristic: true,
    messages: {
      generic: 'name the drug, strength and amount in the {code} description: "{description}" does not say which drug was given.',
      unknownDrug: 'check that the {code} description names the drug: claimlint knows no drug name in "{description}".',
      noStrength: 'add the strength and amount to the {code} description: it names {drug} but no strength.',
    },
    why:
      'Medicare Administrative Contractors ask a NOC drug line to identify the drug: its name, the strength or dosage, and the ' +
      'amount given (Palmetto GBA, CGS, First Coast and Novitas NOC billing guidance; a DME MAC asks for the drug name, strength, ' +
      'number dispensed and directions in the line note for J7599). "IMMUNOSUPPRESSIVE DRUG" or a bare amount identifies nothing, ' +
      'and the line is returned or priced by hand. This is a heuristic: claimlint looks for the drug names it knows and a strength ' +
      'such as "5 MG"; a drug it does not know gets only a note.',
    sources: [
      'Palmetto GBA, NOC drug billing (Part B)',
      'CGS, NOC drug claims (Part B)',
      'First Coast Service Options, NOC drug narrative',
      'CGS DME MAC Jurisdiction B, J7599 claims',
    ],
  },
  checkLine({ line, knowledge }, report) {
    const code = codeOf(line);
    const description = line.procedure?.description;
    const text = description?.value.trim() ?? '';
    if (!code || !description || text === '' || !isNocDrugCode(code, knowledge)) return;
    const [drug] = knowledge.findDrugNames(text);
    if (!drug) {
      const generic = onlyGenericWords(text);
      report({ span: description.span, severity: generic ? undefined : 'information', messageId: generic ? 'generic' : 'unknownDrug', data: { code, description: shown(text, 40) } });
      return;
    }
    if (strengthsInText(text).length === 0) report({ span: description.span, messageId: 'noStrength', data: { code, drug: drug.matchedText } });
  },
};
