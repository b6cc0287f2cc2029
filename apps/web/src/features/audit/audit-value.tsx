import { Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import {
  AuditBatchesQuery,
  AuditCouncilNameQuery,
  AuditDomainNameQuery,
  AuditGlossaryNameQuery,
  AuditOrgUnitNameQuery,
  AuditPersonNameQuery,
  AuditTermNameQuery,
} from './audit.graphql';
import type { AuditValue, RecordKind } from './audit-describe';

type NamedKind = Exclude<RecordKind, 'batch'>;

const queries = {
  person: AuditPersonNameQuery,
  domain: AuditDomainNameQuery,
  council: AuditCouncilNameQuery,
  orgUnit: AuditOrgUnitNameQuery,
  term: AuditTermNameQuery,
  glossary: AuditGlossaryNameQuery,
} as const;

function pathOf(kind: RecordKind, id: string): string {
  switch (kind) {
    case 'person':
      return `/people/${id}`;
    case 'domain':
      return `/domains/${id}`;
    case 'council':
      return '/councils';
    case 'term':
      return `/glossary/terms/${id}`;
    case 'glossary':
      return `/glossary?g=${id}`;
    case 'batch':
      return `/glossary/review?batch=${id}`;
    default:
      return '/org-units';
  }
}

/** A record an event refers to by id, shown by its current name (or "a deleted record"). */
function RecordName({ kind, id }: { kind: NamedKind; id: string }) {
  const { t } = useTranslation('audit');
  // The queries differ only in the field they read; each answer has `{ id, name }` or null.
  const [{ data, fetching }] = useQuery({ query: queries[kind] as typeof AuditPersonNameQuery, variables: { id } });
  const record = data ? (Object.values(data)[0] as { id: string; name: string } | null) : null;
  if (fetching && !data) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!record) return <Typography.Text type="secondary">{t('value.unknownRecord')}</Typography.Text>;
  return <Link to={pathOf(kind, id)}>{record.name}</Link>;
}

/** An import batch by its title (found among the latest batches), else just "an import". */
function BatchName({ id }: { id: string }) {
  const { t } = useTranslation('audit');
  const [{ data, fetching }] = useQuery({ query: AuditBatchesQuery });
  const batch = data?.proposalBatches.find((item) => item.id === id);
  if (fetching && !data) return <Typography.Text type="secondary">…</Typography.Text>;
  return <Link to={pathOf('batch', id)}>{batch?.title ?? t('value.anImport')}</Link>;
}

/** One value of a change summary, in words. */
export function AuditValueText({ value }: { value: AuditValue }) {
  const { t, i18n } = useTranslation(['audit', 'enums', 'glossary']);
  switch (value.kind) {
    case 'text':
      return <span className="audit-text">“{value.text}”</span>;
    case 'empty':
      return <Typography.Text type="secondary">{t('value.empty')}</Typography.Text>;
    case 'topLevel':
      return <span>{t('value.topLevel')}</span>;
    case 'program':
      return <span>{t('value.program')}</span>;
    case 'catalogAsset':
      return <span>{t('value.catalogAsset')}</span>;
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
    case 'secondReviewer':
      return <span>{value.value ? t('value.secondReviewer') : t('value.selfApproval')}</span>;
    case 'classification':
      return <span>{t(`glossary:classification.${value.value}`)}</span>;
    case 'list':
      return <span className="audit-text">{value.items.join(', ')}</span>;
    case 'people':
      return (
        <span>
          {value.ids.map((id, index) => (
            <Fragment key={id}>
              {index > 0 ? ', ' : null}
              <RecordName kind="person" id={id} />
            </Fragment>
          ))}
        </span>
      );
    case 'fieldNames':
      return <span>{value.fields.map((field) => t(`glossary:field.${field}`)).join(', ')}</span>;
    case 'outcome':
      return (
        <Tag className="audit-outcome" color={value.status === 'approved' ? 'green' : undefined}>
          {value.status === 'approved' && value.selfApproved
            ? t('value.outcome.selfApproved')
            : t(`value.outcome.${value.status}`)}
        </Tag>
      );
    case 'counts': {
      const format = new Intl.NumberFormat(i18n.language);
      const parts = [
        t('value.counts.create', { count: value.create, n: format.format(value.create) }),
        t('value.counts.update', { count: value.update, n: format.format(value.update) }),
        t('value.counts.unchanged', { count: value.unchanged, n: format.format(value.unchanged) }),
      ];
      if (value.error) parts.push(t('value.counts.error', { count: value.error, n: format.format(value.error) }));
      return <span>{parts.join(' · ')}</span>;
    }
    case 'batch':
      return <BatchName id={value.id} />;
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
