import { PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorInfo } from '@steward/db';
import { ConflictError, type DomainError, InputError, isDomainError } from '@steward/domain';

interface ConstraintMeaning {
  field: string;
  message: string;
}

/**
 * What each named constraint means to a user. The checks in the use cases catch these first;
 * the database is the last line of defence (for races), and then the user still gets the field.
 */
const constraintMeanings: Record<string, ConstraintMeaning> = {
  person_email_key: { field: 'email', message: 'is already used by another person' },
  user_account_email_key: { field: 'email', message: 'is already used by another account' },
  user_account_person_key: { field: 'personId', message: 'already has an account' },
  domain_name_per_parent_key: { field: 'name', message: 'is already used by another domain under the same parent' },
  org_unit_name_per_parent_key: { field: 'name', message: 'is already used by another unit under the same parent' },
  council_name_key: { field: 'name', message: 'is already used by another council' },
  council_member_person_key: { field: 'personId', message: 'is already a member of this council' },
  council_member_one_chair_key: { field: 'role', message: 'this council already has a chair' },
  role_assignment_key: { field: 'role', message: 'this person already holds this role here' },
  role_assignment_one_accountable_owner_key: {
    field: 'raci',
    message: 'this scope already has an accountable data owner',
  },
  person_org_unit_id_org_unit_id_fk: { field: 'orgUnitId', message: 'does not exist' },
  domain_parent_id_domain_id_fk: { field: 'parentId', message: 'does not exist, or still has sub-domains' },
  org_unit_parent_id_org_unit_id_fk: { field: 'parentId', message: 'does not exist, or still has sub-units' },
  role_assignment_person_id_person_id_fk: { field: 'personId', message: 'does not exist' },
  council_member_person_id_person_id_fk: { field: 'personId', message: 'does not exist' },
  legal_hold_open_key: { field: 'matter', message: 'already holds this table' },
};

/**
 * Turns a driver error into the domain error it stands for; anything unknown is returned as is
 * (and will be masked as an internal error at the edge).
 */
export function translateDbError(error: unknown): unknown {
  if (isDomainError(error)) return error;
  const info = pgErrorInfo(error);
  if (!info) return error;
  const meaning = info.constraint ? constraintMeanings[info.constraint] : undefined;
  let translated: DomainError | undefined;
  if (info.code === PG_UNIQUE_VIOLATION) {
    translated = new ConflictError(meaning?.message ?? 'already exists', { field: meaning?.field, cause: error });
  } else if (info.code === PG_FOREIGN_KEY_VIOLATION && meaning) {
    translated = new InputError([{ field: meaning.field, message: meaning.message }]);
  } else if (info.code === PG_CHECK_VIOLATION) {
    translated = new InputError([{ field: meaning?.field ?? 'input', message: meaning?.message ?? 'is not allowed' }]);
  }
  return translated ?? error;
}
