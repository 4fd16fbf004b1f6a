import type { Crosswalk, Knowledge } from './types';

// STUB — replaced by the knowledge base.
const emptyCrosswalk: Crosswalk = { quarter: 'none', source: 'none', size: 0, lookup: () => [] };

export function createKnowledge(options: { crosswalk?: Crosswalk } = {}): Knowledge {
  const noc = new Set(['J7599', 'J3490', 'J3590', 'J7699', 'J7799', 'J7999', 'J8499', 'J8999', 'J9999', 'C9399']);
  return {
    hcpcs: (code) => (noc.has(code) ? { code, descriptor: code, category: 'noc-drug', source: 'stub' } : undefined),
    modifier: () => undefined,
    crosswalk: options.crosswalk ?? emptyCrosswalk,
    paymentLimit: () => undefined,
    findDrugNames: () => [],
    allCodes: () => [],
    allModifiers: () => [],
  };
}

let shared: Knowledge | undefined;
/** The built-in knowledge with the shipped crosswalk snapshot; built once. */
export function defaultKnowledge(): Knowledge {
  return (shared ??= createKnowledge());
}
