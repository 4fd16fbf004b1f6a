/**
 * A code as written (HCPCS, modifier…) in canonical form: trimmed and upper-case, or undefined when blank.
 * Every rule asks for the code of every line; codes are nearly always canonical already, and then
 * trim() and toUpperCase() would only make copies of the same text, so those are skipped.
 */
export function canonicalCode(value: string): string | undefined {
  if (isCanonical(value)) return value;
  const code = value.trim().toUpperCase();
  return code ? code : undefined;
}

/** Non-empty printable ASCII without lower-case letters: trim() and toUpperCase() leave it unchanged. */
function isCanonical(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || c > 126 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}
