const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an address's id can name a record at all. Records have UUIDs; anything else is "not
 * found" without asking the server (which rejects it as bad input rather than answering null).
 */
export function isRecordId(value: string | undefined): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}
