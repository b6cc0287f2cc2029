import { type Classification, classifications } from '../glossary/term.js';

/**
 * Personal data classes and how to recognise them: from a column's name, and from the values a
 * profile saw. Pure rules; each suggestion says why, so a steward can judge it.
 */

export const piiClasses = [
  'email',
  'phone',
  'national_id',
  'person_name',
  'address',
  'date_of_birth',
  'payment_card',
] as const;
export type PiiClass = (typeof piiClasses)[number];

export const classificationStatuses = ['suggested', 'confirmed', 'rejected'] as const;
export type ClassificationStatus = (typeof classificationStatuses)[number];

export interface ClassSuggestion {
  piiClass: PiiClass;
  /** 0–1: how sure the rule is. */
  confidence: number;
  /** Why, in a sentence a steward reads. */
  reason: string;
  basis: 'name' | 'values';
}

/** Words of a column name: `customerEmailAddr` and `customer_email_addr` both give customer, email, addr. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

interface NameRule {
  piiClass: PiiClass;
  /** Matches the joined words (`date of birth`, `e mail`). */
  pattern: RegExp;
  confidence: number;
}

const nameRules: NameRule[] = [
  { piiClass: 'email', pattern: /\b(e ?mail|email address|mail address)\b/, confidence: 0.9 },
  { piiClass: 'phone', pattern: /\b(phone|telephone|tel|mobile|cell|fax|msisdn)\b/, confidence: 0.85 },
  {
    piiClass: 'national_id',
    pattern: /\b(ssn|social security|national id|nin|tax id|tin|passport|personnummer|bsn|nino)\b/,
    confidence: 0.85,
  },
  {
    piiClass: 'person_name',
    pattern: /\b(first name|last name|given name|family name|surname|full name|middle name|maiden name|forename)\b/,
    confidence: 0.85,
  },
  { piiClass: 'person_name', pattern: /\b(customer|contact|person|display|user) name\b/, confidence: 0.6 },
  {
    piiClass: 'address',
    pattern: /\b(street|address|addr|postal code|postcode|zip|zip code|city|house number)\b/,
    confidence: 0.75,
  },
  {
    piiClass: 'date_of_birth',
    pattern: /\b(date of birth|birth date|birthdate|dob|birthday|born on)\b/,
    confidence: 0.9,
  },
  {
    piiClass: 'payment_card',
    pattern: /\b(card number|credit card|pan|cc number|card last4|payment card)\b/,
    confidence: 0.8,
  },
];

/** Suggestions from the column name alone. */
export function suggestFromName(columnName: string): ClassSuggestion[] {
  const split = nameWords(columnName);
  const words = split.join(' ');
  // `shipping_address_id`, `phone_type`, `email_count`: a key or an attribute about the data, not the data.
  const aboutTheData = ['id', 'key', 'count', 'flag', 'type', 'status', 'verified', 'consent'].includes(
    split.at(-1) ?? '',
  );
  const best = new Map<PiiClass, ClassSuggestion>();
  for (const rule of nameRules) {
    if (aboutTheData && rule.piiClass !== 'national_id') continue;
    const match = words.match(rule.pattern);
    if (!match) continue;
    const previous = best.get(rule.piiClass);
    if (previous && previous.confidence >= rule.confidence) continue;
    best.set(rule.piiClass, {
      piiClass: rule.piiClass,
      confidence: rule.confidence,
      reason: `The column name contains "${match[0]}"`,
      basis: 'name',
    });
  }
  return [...best.values()];
}

/** A value's shape: letters become A, digits 9, the rest stays (`AB-1234` → `AA-9999`). */
export function valuePattern(value: string, maxLength = 40): string {
  const shape = value.replace(/[A-Za-z]/g, 'A').replace(/[0-9]/g, '9');
  return shape.length > maxLength ? `${shape.slice(0, maxLength)}…` : shape;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const phonePattern = /^\+?[0-9(][0-9 ()./-]{6,18}[0-9]$/;
const isoDatePattern = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;
const ssnPattern = /^[0-9]{3}-[0-9]{2}-[0-9]{4}$/;

/** The Luhn check every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  if (!/^[0-9]{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export interface ValueEvidence {
  /** The column's type as the source prints it. */
  dataType: string;
  /** Sample values (the profile's most frequent ones), not null. */
  values: string[];
}

const share = (values: string[], test: (value: string) => boolean) =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/**
 * Suggestions from what the values look like. A class is suggested when most sampled values
 * have its shape (80%, or 60% for the weaker shapes), and the reason gives the share.
 */
export function suggestFromValues(evidence: ValueEvidence): ClassSuggestion[] {
  const values = evidence.values.map((value) => value.trim()).filter(Boolean);
  if (values.length < 3) return [];
  const suggestions: ClassSuggestion[] = [];
  const emails = share(values, (value) => emailPattern.test(value));
  if (emails >= 0.8) {
    suggestions.push({
      piiClass: 'email',
      confidence: 0.95,
      reason: `${percent(emails)} of the sampled values are email addresses`,
      basis: 'values',
    });
  }
  const cards = share(values, (value) => passesLuhn(value.replace(/[ -]/g, '')));
  if (cards >= 0.8) {
    suggestions.push({
      piiClass: 'payment_card',
      confidence: 0.9,
      reason: `${percent(cards)} of the sampled values are card numbers (they pass the Luhn check)`,
      basis: 'values',
    });
  }
  const ssns = share(values, (value) => ssnPattern.test(value));
  if (ssns >= 0.8) {
    suggestions.push({
      piiClass: 'national_id',
      confidence: 0.85,
      reason: `${percent(ssns)} of the sampled values look like social security numbers (999-99-9999)`,
      basis: 'values',
    });
  }
  const phones = share(
    values,
    (value) => phonePattern.test(value) && value.replace(/[^0-9]/g, '').length >= 7 && !isoDatePattern.test(value),
  );
  const numericOrTemporal = /^(integer|bigint|smallint|numeric|real|double|date|time|interval)/.test(evidence.dataType);
  if (phones >= 0.8 && cards < 0.8 && ssns < 0.8 && !numericOrTemporal) {
    suggestions.push({
      piiClass: 'phone',
      confidence: 0.8,
      reason: `${percent(phones)} of the sampled values look like phone numbers`,
      basis: 'values',
    });
  }
  return suggestions;
}

/** Name and value suggestions together, one per class, the surer reason kept. */
export function suggestClassifications(columnName: string, evidence: ValueEvidence | null): ClassSuggestion[] {
  const all = [...suggestFromName(columnName), ...(evidence ? suggestFromValues(evidence) : [])];
  const best = new Map<PiiClass, ClassSuggestion>();
  for (const suggestion of all) {
    const previous = best.get(suggestion.piiClass);
    if (!previous || suggestion.confidence > previous.confidence) best.set(suggestion.piiClass, suggestion);
  }
  // A date column named like a birth date is one; a non-date one only maybe.
  const birth = best.get('date_of_birth');
  if (birth && evidence && !/^(date|timestamp)/.test(evidence.dataType)) {
    best.set('date_of_birth', { ...birth, confidence: Math.min(birth.confidence, 0.5) });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}

/**
 * What a column inherits from the terms confirmed on it: the strictest of their
 * classifications and all their tags (a term tagged PII makes its columns PII).
 */
export function inheritedFromTerms(terms: readonly { classification: Classification; tags: readonly string[] }[]): {
  classification: Classification | null;
  tags: string[];
} {
  let strictest: Classification | null = null;
  for (const term of terms) {
    if (strictest === null || classifications.indexOf(term.classification) > classifications.indexOf(strictest)) {
      strictest = term.classification;
    }
  }
  const tags = [...new Set(terms.flatMap((term) => term.tags))].sort((a, b) => a.localeCompare(b));
  return { classification: strictest, tags };
}
