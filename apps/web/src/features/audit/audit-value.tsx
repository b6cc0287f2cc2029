import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import {
  AuditCouncilNameQuery,
  AuditDomainNameQuery,
  AuditOrgUnitNameQuery,
  AuditPersonNameQuery,
} from './audit.graphql';
import type { AuditValue } from './audit-describe';

type RecordKind = 'person' | 'domain' | 'council' | 'orgUnit';

const queries = {
  person: AuditPersonNameQuery,
  domain: AuditDomainNameQuery,
  council: AuditCouncilNameQuery,
  orgUnit: AuditOrgUnitNameQuery,
} as const;

function pathOf(kind: RecordKind, id: string): string {
  if (kind === 'person') return `/people/${id}`;
  if (kind === 'domain') return `/domains/${id}`;
  return kind === 'council' ? '/councils' : '/org-units';
}

/** A record an event refers to by id, shown by its current name (or "a deleted record"). */
function RecordName({ kind, id }: { kind: RecordKind; id: string }) {
  const { t } = useTranslation('audit');
  // The four queries differ only in the field they read; each answer has `{ id, name }` or null.
  const [{ data, fetching }] = useQuery({ query: queries[kind] as typeof AuditPersonNameQuery, variables: { id } });
  const record = data ? (Object.values(data)[0] as { id: string; name: string } | null) : null;
  if (fetching && !data) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!record) return <Typography.Text type="secondary">{t('value.unknownRecord')}</Typography.Text>;
  return <Link to={pathOf(kind, id)}>{record.name}</Link>;
}

/** One value of a change summary, in words. */
export function AuditValueText({ value }: { value: AuditValue }) {
  const { t, i18n } = useTranslation(['audit', 'enums']);
  switch (value.kind) {
    case 'text':
      return <span className="audit-text">“{value.text}”</span>;
    case 'empty':
      return <Typography.Text type="secondary">{t('value.empty')}</Typography.Text>;
    case 'topLevel':
      return <span>{t('value.topLevel')}</span>;
    case 'program':
      return <span>{t('value.program')}</span>;
    case 'number':
      return <span>{value.value}</span>;
    case 'date':
      return (
        <span>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value.value))}</span>
      );
    case 'flag':
      if (value.field === 'active') return <span>{value.value ? t('value.active') : t('value.inactive')}</span>;
      if (value.field === 'disabled') return <span>{value.value ? t('value.disabledValue') : t('value.enabled')}</span>;
      return <span>{value.value ? t('value.yes') : t('value.no')}</span>;
    case 'governanceRole':
      return <span>{t(`enums:governanceRole.${value.value}`)}</span>;
    case 'raci':
      return <span>{`${value.value} (${t(`enums:raci.${value.value}`)})`}</span>;
    case 'seat':
      return <span>{t(`enums:councilMemberRole.${value.value}`)}</span>;
    case 'appRole':
      return <span>{t(`enums:appRole.${value.value}`)}</span>;
    case 'councilKind':
      return <span>{t(`enums:councilKind.${value.value}`)}</span>;
    case 'orgUnitKind':
      return <span>{t(`enums:orgUnitKind.${value.value}`)}</span>;
    default:
      return <RecordName kind={value.kind} id={value.id} />;
  }
}
