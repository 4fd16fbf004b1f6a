import type { ClaimDocument } from '../model';
import type { ClaimEditor } from './editor';

// STUB — replaced by the X12 editor.
export function createX12Editor(_doc: ClaimDocument): ClaimEditor {
  return {
    replaceValue: (value, newText) => [{ span: value.span, newText }],
    setDescription: () => [],
    insertDrug: () => [],
    removeModifier: () => [],
    addModifier: () => [],
    setUnits: () => [],
  };
}
