import type { ClaimDocument } from '../../model';

// STUB — replaced by the JSON reader.
export function readJsonClaim(text: string): ClaimDocument {
  return { format: 'unknown', text, claims: [], problems: [] };
}
