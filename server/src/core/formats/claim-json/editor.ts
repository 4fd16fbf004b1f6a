import type { ClaimEditor } from '../../editor';
import type { JsonClaimDocument, JsonLineAnchor, ServiceLine } from '../../model';
import { child, isObject, type Node } from '../json/nodes';
import { JsonWriter, removeArrayElementAt, replaceScalarValue } from '../json/writer';

/**
 * Edits Change Healthcare / Stedi claim JSON lines (professional, institutional and the Stedi native shape) in the
 * file's own layout. Methods fail soft: when the line lacks what an edit needs they return [].
 */
export function createClaimJsonEditor(doc: JsonClaimDocument): ClaimEditor {
  const writer = new JsonWriter(doc.text);
  const anchorOf = (line: ServiceLine): JsonLineAnchor | undefined =>
    doc.syntax && line.anchor.kind === 'json-line' && line.anchor.shape !== 'fhir' ? line.anchor : undefined;

  return {
    layoutKey: () => writer.layoutKey,

    replaceValue: (value, newText) => replaceScalarValue(doc, writer, value, newText),

    setDescription(line, description) {
      const anchor = anchorOf(line);
      if (!anchor) return [];
      if (anchor.shape === 'stedi-native') return writer.setProperty(anchor.line, 'narrativeForUnspecifiedCode', description);
      if (anchor.shape === 'ch-professional') return anchor.service ? writer.setProperty(anchor.service, 'description', description) : [];
      // 837I: replace whichever description the line already has; a new one goes where Stedi documents NOC text.
      if (!child(anchor.line, 'description') && child(anchor.service, 'description') && anchor.service) {
        return writer.setProperty(anchor.service, 'description', description);
      }
      return writer.setProperty(anchor.line, 'description', description);
    },

    insertDrug(line, drug) {
      const anchor = anchorOf(line);
      // One drug block per line; an existing one is corrected through replaceValue instead.
      if (!anchor || line.drug || child(anchor.line, 'drugIdentification')) return [];
      switch (anchor.shape) {
        case 'ch-professional':
          return writer.addProperty(anchor.line, 'drugIdentification', {
            serviceIdQualifier: 'N4',
            nationalDrugCode: drug.ndc11,
            nationalDrugUnitCount: drug.quantity,
            measurementUnitCode: drug.unit,
          });
        case 'ch-institutional':
          // The 837I schema has no qualifier property (LIN02 is implied) and documents the NDC as 5-4-2 with hyphens.
          return writer.addProperty(anchor.line, 'drugIdentification', {
            nationalDrugCode: hyphenate542(drug.ndc11),
            nationalDrugUnitCount: drug.quantity,
            measurementUnitCode: drug.unit,
          });
        default:
          return writer.addProperty(anchor.line, 'drugIdentification', {
            nationalDrugCode: drug.ndc11,
            unitCount: drug.quantity,
            unitOfMeasure: NATIVE_UNITS[drug.unit.toUpperCase()] ?? drug.unit,
          });
      }
    },

    removeModifier(line, modifier) {
      const holder = modifierHolder(anchorOf(line));
      return holder ? removeArrayElementAt(writer, holder.object, holder.key, modifier.span) : [];
    },

    addModifier(line, modifier) {
      const holder = modifierHolder(anchorOf(line));
      if (!holder || !line.procedure || line.procedure.modifiers.length >= 4) return [];
      const array = child(holder.object, holder.key);
      if (array && array.type !== 'array') return [];
      return array ? writer.appendElement(array, modifier) : writer.addProperty(holder.object, holder.key, [modifier]);
    },

    setUnits(line, units) {
      const anchor = anchorOf(line);
      if (!anchor) return [];
      if (anchor.shape === 'stedi-native') return writer.setScalar(anchor.line, 'units', units, 'string');
      return anchor.service ? writer.setScalar(anchor.service, 'serviceUnitCount', units, 'string') : [];
    },
  };
}

/** Where a line's modifiers live: CH service.procedureModifiers, native procedureCode.modifiers. */
function modifierHolder(anchor: JsonLineAnchor | undefined): { object: Node; key: string } | undefined {
  if (!anchor) return undefined;
  if (anchor.shape === 'stedi-native') {
    const procedureCode = child(anchor.line, 'procedureCode');
    return isObject(procedureCode) ? { object: procedureCode, key: 'modifiers' } : undefined;
  }
  return anchor.service ? { object: anchor.service, key: 'procedureModifiers' } : undefined;
}

/** Stedi native spells units out; the rules speak X12 (CTP05-1) codes. */
const NATIVE_UNITS: Record<string, string> = {
  F2: 'INTERNATIONAL_UNIT',
  GR: 'GRAM',
  ME: 'MILLIGRAM',
  ML: 'MILLILITER',
  UN: 'UNIT',
};

function hyphenate542(ndc: string): string {
  return /^\d{11}$/.test(ndc) ? `${ndc.slice(0, 5)}-${ndc.slice(5, 9)}-${ndc.slice(9)}` : ndc;
}
