import type { ClaimDocument } from '../../model';

// STUB — replaced by the X12 reader.
export function readX12(text: string): ClaimDocument {
  return { format: 'x12-837p', text, claims: [], problems: [] };
}
