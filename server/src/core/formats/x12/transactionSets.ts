/**
 * Which X12 transaction sets claimlint checks (837 professional and institutional) and what the others are, so a
 * file holding them gets one plain notice instead of findings. Names follow the X12 transaction set titles.
 */

export type CheckedFormat = 'x12-837p' | 'x12-837i';

export interface TransactionKind {
  /** "837P", "837I", "837D", "835"… */
  readonly label: string;
  /** The set's title in words, e.g. "health care claim payment/advice". */
  readonly title: string;
  /** The claim format it is read as; undefined for a set claimlint does not check. */
  readonly format: CheckedFormat | undefined;
}

const TITLES: Readonly<Record<string, string>> = {
  '270': 'eligibility inquiry',
  '271': 'eligibility response',
  '274': 'provider information',
  '275': 'patient information (attachment)',
  '276': 'claim status inquiry',
  '277': 'claim status response',
  '278': 'services review (prior authorization)',
  '810': 'invoice',
  '820': 'premium payment',
  '834': 'benefit enrollment',
  '835': 'health care claim payment/advice',
  '837': 'health care claim',
  '850': 'purchase order',
  '855': 'purchase order acknowledgment',
  '856': 'ship notice',
  '997': 'functional acknowledgment',
  '999': 'implementation acknowledgment',
  TA1: 'interchange acknowledgment',
};

/** The guide an 837 version names: X222/X098 professional, X223/X096 institutional, X224/X097 dental. */
export function guideOfVersion(version: string): 'p' | 'i' | 'd' | undefined {
  if (/X222|X098/.test(version)) return 'p';
  if (/X223|X096/.test(version)) return 'i';
  if (/X224|X097/.test(version)) return 'd';
  return undefined;
}

/**
 * The kind of a transaction set from ST01 and its version (ST03 or GS08). `guessed` is the guide the service
 * segments suggest when the version names none (SV1 professional, SV2 institutional, SV3 dental).
 */
export function kindOf(setId: string, version: string, guessed: 'p' | 'i' | 'd'): TransactionKind {
  if (setId !== '837') {
    const id = setId.trim() || '(no ST01)';
    return { label: id, title: TITLES[id] ?? 'not a health care claim', format: undefined };
  }
  const guide = guideOfVersion(version) ?? guessed;
  if (guide === 'd') return { label: '837D', title: 'dental claim', format: undefined };
  return guide === 'i'
    ? { label: '837I', title: 'institutional claim', format: 'x12-837i' }
    : { label: '837P', title: 'professional claim', format: 'x12-837p' };
}
