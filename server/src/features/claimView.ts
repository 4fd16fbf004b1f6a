// The claim view request: the core model with its places as editor ranges.
import { buildClaimView } from '../core/claimView';
import { toRange } from '../convert';
import type { DocumentState } from '../documentStore';
import type { ClaimViewResult } from './requests';

/** Lines the view shows at most: a table beyond this is no longer readable, and the panel stays responsive. */
export const CLAIM_VIEW_MAX_LINES = 2000;

export function claimViewFor(state: DocumentState, revealPatients: boolean): ClaimViewResult {
  const view = buildClaimView(state, state.settings.config, state.knowledge, { revealPatients, maxLines: CLAIM_VIEW_MAX_LINES }, (span) => toRange(state.lines, span));
  return { ...view, uri: state.uri, version: state.version };
}
