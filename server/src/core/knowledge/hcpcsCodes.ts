/**
 * The curated HCPCS drug codes as `HcpcsCode` records (the view rules and hovers were written against).
 * The facts themselves, each with its source, are in data/hcpcs-drug-codes.json (see codes.ts); nothing is
 * hand-written here any more.
 */
import { COMPAT_CODES } from './codes';
import type { HcpcsCode } from './types';

/** NOC drug codes (J7599, J3490, J3590, J7699, J7799, J7999, J8498, J8499, J8597, J8999, J9999, C9399, …). */
export const NOC_CODES: readonly HcpcsCode[] = COMPAT_CODES.filter((c) => c.category === 'noc-drug');

/** Specific codes CMS classes as immunosuppressive (type of service G, the J7500–J7599 series, J0480, J0485, …). */
export const IMMUNOSUPPRESSIVE_CODES: readonly HcpcsCode[] = COMPAT_CODES.filter((c) => c.category === 'immunosuppressive');

/** Every curated code (NOC, immunosuppressive, and the specific codes the rules suggest instead of J7599). */
export const HAND_CHECKED_CODES: readonly HcpcsCode[] = COMPAT_CODES;
