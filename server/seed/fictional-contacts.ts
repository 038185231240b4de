/**
 * The practice pool's people are made up, and so must be how one would reach them: a generated
 * phone or e-mail can be a real person's (issue 16: practice never holds real people's data; the
 * demo's 2,000 practice people drawn like the live ones shared 38 e-mail addresses with the
 * 200,000 live applicants). Their numbers go to the 555-0100…0199 lines North America reserves
 * for fiction, their e-mails to example.com (RFC 2606), which the live generator never uses.
 */
export function fictionalPhone(e164: string): string {
  // +1 NPA NXX XXXX: keep the area code (the caller's region) and the last two digits (variety).
  return `+1${e164.slice(2, 5)}55501${e164.slice(-2)}`;
}

export function fictionalEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${at < 0 ? email : email.slice(0, at)}@example.com`;
}

/** 555-0100 to 555-0199 of any area code: a number no one is reached at. */
export const isFictionalPhone = (e164: string) => /^\+1\d{3}55501\d{2}$/.test(e164);
