import type { Rule } from './rule';

export const FINDINGS_CAPPED_ID = 'findings-capped';

/**
 * Not a check: the engine adds this one notice when a file has more findings than the cap shows. Every rule still
 * ran on every line; the notice says how many were found and how to see them all. Turn it 'off' to hide it.
 */
export const findingsCapped: Rule = {
  meta: {
    id: FINDINGS_CAPPED_ID,
    description: 'Not a check: says that a file had more findings than the cap shows (every rule still ran) and how to see them all.',
    defaultSeverity: 'information',
    fixable: false,
    messages: {
      capped: '{shown} of {total} findings shown (errors first, at least one of each of the {rules} rules that found something): raise claimlint.maxFindingsPerFile or --max-findings to see all.',
    },
    why: 'Very large batch files can hold tens of thousands of findings. claimlint checks every line with every rule, then shows at most `claimlint.maxFindingsPerFile` of them (default 1000) so the editor stays responsive: errors first, and at least one finding of every rule that found something (so a cap smaller than the number of such rules shows one finding per rule).',
  },
};
