/**
 * NDC normalization (pure). Claims need the 11-digit 5-4-2 form without hyphens.
 * Padding rules (docs/sources.md): a 10-digit NDC gets a leading zero in its short segment —
 * 4-4-2 → 0xxxx-xxxx-xx, 5-3-2 → xxxxx-0xxx-xx, 5-4-1 → xxxxx-xxxx-0x. An unhyphenated 10-digit
 * NDC cannot be padded safely (the segment boundaries are unknown): it is ambiguous.
 */

export type Ndc10Pattern = '4-4-2' | '5-3-2' | '5-4-1';

export type NdcNormalization =
  /** Already 11 digits, no hyphens. */
  | { readonly kind: 'ndc11'; readonly ndc11: string }
  /** 11 digits written 5-4-2 with hyphens: fine, just drop the hyphens. */
  | { readonly kind: 'hyphenated11'; readonly ndc11: string }
  /** A hyphenated 10-digit NDC, padded to 11 digits by its pattern. */
  | { readonly kind: 'hyphenated10'; readonly ndc11: string; readonly pattern: Ndc10Pattern }
  /** 10 digits without hyphens: which segment to pad is unknown. */
  | { readonly kind: 'ambiguous10'; readonly digits: string }
  /** `reason` completes a sentence about the written NDC: "has 9 digits, not 11", "is empty". */
  | { readonly kind: 'invalid'; readonly reason: string };

export function normalizeNdc(raw: string): NdcNormalization {
  if (typeof raw !== 'string') return { kind: 'invalid', reason: 'is no NDC text' };
  const text = raw.trim();
  if (text === '') return { kind: 'invalid', reason: 'is empty' };
  if (/^\d+$/.test(text)) {
    if (text.length === 11) return allZero(text) ?? { kind: 'ndc11', ndc11: text };
    if (text.length === 10) return { kind: 'ambiguous10', digits: text };
    return { kind: 'invalid', reason: `has ${text.length} digits, not 11` };
  }
  if (/^\d+(-\d+)+$/.test(text)) {
    const parts = text.split('-');
    if (parts.length !== 3) return { kind: 'invalid', reason: `has ${parts.length} hyphen-separated segments, not 3` };
    const shape = parts.map((p) => p.length).join('-');
    const [a, b, c] = parts;
    switch (shape) {
      case '5-4-2':
        return allZero(a + b + c) ?? { kind: 'hyphenated11', ndc11: a + b + c };
      case '4-4-2':
        return allZero(a + b + c) ?? { kind: 'hyphenated10', ndc11: `0${a}${b}${c}`, pattern: '4-4-2' };
      case '5-3-2':
        return allZero(a + b + c) ?? { kind: 'hyphenated10', ndc11: `${a}0${b}${c}`, pattern: '5-3-2' };
      case '5-4-1':
        return allZero(a + b + c) ?? { kind: 'hyphenated10', ndc11: `${a}${b}0${c}`, pattern: '5-4-1' };
      default:
        return { kind: 'invalid', reason: `has segments ${shape}, not 5-4-2 (or 4-4-2, 5-3-2, 5-4-1)` };
    }
  }
  const bad = /[^\d-]/.exec(text);
  return {
    kind: 'invalid',
    reason: bad ? `has ${JSON.stringify(bad[0])} in it, not only digits and hyphens` : 'has hyphens in the wrong place',
  };
}

function allZero(digits: string): NdcNormalization | undefined {
  return /^0+$/.test(digits) ? { kind: 'invalid', reason: 'is all zeros, a placeholder' } : undefined;
}

/** The 11-digit NDC written 5-4-2 with hyphens; other input is returned unchanged. */
export function formatNdc542(ndc11: string): string {
  return /^\d{11}$/.test(ndc11) ? `${ndc11.slice(0, 5)}-${ndc11.slice(5, 9)}-${ndc11.slice(9)}` : ndc11;
}

/** The 11 digits for a lookup, when the text can be normalized without guessing; else undefined. */
export function ndc11Of(raw: string): string | undefined {
  const n = normalizeNdc(raw);
  return n.kind === 'ndc11' || n.kind === 'hyphenated11' || n.kind === 'hyphenated10' ? n.ndc11 : undefined;
}
