import type { ClaimDocument } from '../model';
import type { ClaimEditor } from './editor';
import { createJsonEditor } from './jsonEditor';
import { createX12Editor } from './x12Editor';

export function editorFor(doc: ClaimDocument): ClaimEditor | undefined {
  switch (doc.format) {
    case 'x12-837p':
    case 'x12-837i':
      return createX12Editor(doc);
    case 'fhir':
    case 'claim-json':
      return createJsonEditor(doc);
    default:
      return undefined;
  }
}
