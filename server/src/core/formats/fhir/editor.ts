import type { ClaimEditor } from '../../editor';
import type { TextEdit } from '../../findings';
import type { JsonClaimDocument, JsonLineAnchor, ServiceLine, Valued } from '../../model';
import { child, elements, isObject, type Node } from '../json/nodes';
import { isJsonNumber, JsonWriter, RawNumber, removeArrayElementAt, replaceScalarValue } from '../json/writer';
import { HCPCS_SYSTEM, NDC_SYSTEM } from './reader';

/**
 * Edits FHIR Claim / ExplanationOfBenefit items in the file's own layout. Methods fail soft: when the item lacks what
 * an edit needs they return [].
 */
export function createFhirEditor(doc: JsonClaimDocument): ClaimEditor {
  const writer = new JsonWriter(doc.text);
  const itemOf = (line: ServiceLine): Node | undefined => (doc.syntax && line.anchor.kind === 'json-line' && line.anchor.shape === 'fhir' ? (line.anchor as JsonLineAnchor).line : undefined);

  return {
    layoutKey: () => writer.layoutKey,

    replaceValue: (value, newText) => replaceScalarValue(doc, writer, value, newText),

    // FHIR has no SV101-7 slot: the coder's free text is productOrService.text.
    setDescription(line, description) {
      const item = itemOf(line);
      if (!item) return [];
      const productOrService = child(item, 'productOrService');
      if (isObject(productOrService)) return writer.setProperty(productOrService, 'text', description);
      if (productOrService) return [];
      return writer.setProperty(item, 'productOrService', { text: description });
    },

    // The NDC goes in a new item.detail with its quantity, as BFD and CARIN write drug details.
    insertDrug(line, drug) {
      const item = itemOf(line);
      if (!item || line.drug) return [];
      const details = child(item, 'detail');
      if (details && details.type !== 'array') return [];
      const quantity: Record<string, unknown> = {};
      // FHIR Quantity.value is a JSON number; a non-numeric quantity is left for the coder to fill in.
      if (isJsonNumber(drug.quantity)) quantity.value = new RawNumber(drug.quantity);
      quantity.unit = drug.unit;
      const detail = {
        sequence: new RawNumber(String(elements(details).length + 1)),
        productOrService: { coding: [{ system: NDC_SYSTEM, code: drug.ndc11 }] },
        quantity,
      };
      return details ? writer.appendElement(details, detail) : writer.addProperty(item, 'detail', [detail]);
    },

    removeModifier: (line, modifier) => removeModifierCoding(writer, itemOf(line), modifier),

    addModifier(line, modifier) {
      const item = itemOf(line);
      if (!item || !line.procedure || line.procedure.modifiers.length >= 4) return [];
      // Modifiers are CodeableConcepts; keep the code system of the line's procedure coding.
      const qualifier = line.procedure.qualifier;
      const system = qualifier ? doc.text.slice(qualifier.span.start, qualifier.span.end) : '';
      const element = { coding: [{ system: /^https?:\/\/\S+$/.test(system) ? system : HCPCS_SYSTEM, code: modifier }] };
      const array = child(item, 'modifier');
      if (array && array.type !== 'array') return [];
      return array ? writer.appendElement(array, element) : writer.addProperty(item, 'modifier', [element]);
    },

    setUnits(line, units) {
      const item = itemOf(line);
      if (!item) return [];
      const quantity = child(item, 'quantity');
      if (isObject(quantity)) return writer.setScalar(quantity, 'value', units, 'number');
      if (quantity || !isJsonNumber(units)) return [];
      return writer.addProperty(item, 'quantity', { value: new RawNumber(units) });
    },
  };
}

/**
 * item.modifier is a list of CodeableConcepts, and some producers put several modifier codings in one concept. The
 * coding that holds the modifier is removed alone when its concept has others; otherwise the concept goes (and the
 * modifier key with its last concept).
 */
function removeModifierCoding(writer: JsonWriter, item: Node | undefined, modifier: Valued): TextEdit[] {
  if (!item) return [];
  const concept = elements(child(item, 'modifier')).find((c) => c.offset <= modifier.span.start && modifier.span.end <= c.offset + c.length);
  if (!concept) return [];
  const codings = elements(child(concept, 'coding'));
  if (codings.length > 1) return removeArrayElementAt(writer, concept, 'coding', modifier.span);
  return removeArrayElementAt(writer, item, 'modifier', modifier.span);
}
