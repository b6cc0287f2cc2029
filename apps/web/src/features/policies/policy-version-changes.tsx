import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GovernancePolicyVersionFieldsFragment } from '../../gql/graphql';
import { BeforeAfter, ListChange, TextChange } from '../glossary/change-values';
import '../glossary/field-changes.css';

type Change = GovernancePolicyVersionFieldsFragment['changes'][number];
type Link_ = Change['added'][number];

const linkOf = (link: Link_): ReactNode =>
  link.exists && link.href ? (
    <Link key={link.id} to={link.href}>
      {link.label}
    </Link>
  ) : (
    link.label
  );

/** What a version changed from the one before it: the statement word by word, the driver, the scope's gains and losses. */
export function PolicyVersionChanges({
  number,
  changes,
  classificationsBefore,
  classificationsAfter,
}: {
  number: number;
  changes: readonly Change[];
  /** The kinds of personal data before and after (none named: every kind), to tell narrowing from widening. */
  classificationsBefore: readonly string[];
  classificationsAfter: readonly string[];
}) {
  const { t } = useTranslation('policies');
  const kinds = (values: readonly string[]) =>
    values.length
      ? values.map((value) => t(`catalog:pii.${value}`, { defaultValue: value })).join(', ')
      : t('scope.allClasses');
  if (number === 1) return <Typography.Text type="secondary">{t('versions.firstVersion')}</Typography.Text>;
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('versions.noChanges', { number: number - 1 })}</Typography.Text>;
  return (
    <dl className="policy-version-changes" data-testid="policy-version-changes">
      <Typography.Text type="secondary">{t('versions.changesFrom', { number: number - 1 })}</Typography.Text>
      {changes.map((change) => (
        <div key={change.field} className="policy-version-change" data-field={change.field}>
          <dt>{t(`versions.field.${change.field}` as 'versions.field.statement')}</dt>
          <dd>
            {change.field === 'statement' ? (
              <TextChange before={change.before ?? null} after={change.after ?? null} />
            ) : change.field === 'driver' ? (
              <BeforeAfter before={change.before ?? null} after={change.after ?? null} />
            ) : change.field === 'classifications' &&
              (classificationsBefore.length === 0 || classificationsAfter.length === 0) ? (
              <BeforeAfter before={kinds(classificationsBefore)} after={kinds(classificationsAfter)} />
            ) : change.field === 'classifications' ? (
              <ListChange
                added={change.addedValues.map((value) => t(`catalog:pii.${value}`, { defaultValue: value }))}
                removed={change.removedValues.map((value) => t(`catalog:pii.${value}`, { defaultValue: value }))}
              />
            ) : (
              <ListChange added={change.added.map(linkOf)} removed={change.removed.map(linkOf)} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
