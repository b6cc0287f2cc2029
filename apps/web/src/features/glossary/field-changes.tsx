import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeHref } from '../../components/markdown/markdown-inline';
import {
  BeforeAfter,
  ClassificationValue,
  FlagValue,
  ListChange,
  NoValue,
  RecordName,
  RelationValue,
  TextChange,
} from './change-values';
import { useNames } from './name-loader';
import './field-changes.css';

/** One field that differs, as the server sends it (values as stored: ids for records). */
export interface FieldChangeData {
  field: string;
  before?: unknown;
  after?: unknown;
  added?: unknown[] | null;
  removed?: unknown[] | null;
}

const labelledFields = [
  'name',
  'definition',
  'abbreviation',
  'synonyms',
  'examples',
  'validValues',
  'businessRules',
  'domainId',
  'parentId',
  'ownerId',
  'stewardId',
  'reviewerIds',
  'criticalDataElement',
  'classification',
  'tags',
  'externalReferences',
  'relations',
] as const;
type LabelledField = (typeof labelledFields)[number];

const textFields = new Set(['definition', 'examples', 'validValues', 'businessRules']);
const personFields = new Set(['ownerId', 'stewardId']);

const asString = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

interface Relation {
  type: string;
  termId: string;
}
interface Reference {
  label: string;
  url: string;
}
const isRelation = (value: unknown): value is Relation =>
  typeof value === 'object' && value !== null && 'termId' in value && 'type' in value;
const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' && value !== null && 'url' in value && 'label' in value;

/** The ids a set of changes names, by kind, to look their names up in one go. */
function idsOf(changes: readonly FieldChangeData[]) {
  const people: string[] = [];
  const domains: string[] = [];
  const terms: string[] = [];
  for (const change of changes) {
    const values = [change.before, change.after];
    const items = [...asList(change.added), ...asList(change.removed)];
    if (personFields.has(change.field)) people.push(...values.flatMap((value) => asString(value) ?? []));
    if (change.field === 'reviewerIds') people.push(...items.flatMap((value) => asString(value) ?? []));
    if (change.field === 'domainId') domains.push(...values.flatMap((value) => asString(value) ?? []));
    if (change.field === 'parentId') terms.push(...values.flatMap((value) => asString(value) ?? []));
    if (change.field === 'relations') terms.push(...items.filter(isRelation).map((item) => item.termId));
  }
  return { people, domains, terms };
}

interface FieldChangesProps {
  changes: readonly FieldChangeData[];
  /** Names of records the page already has (the proposal's content, the live term), by id. */
  known?: ReadonlyMap<string, string>;
  /** A new term: every value is new, so no "was". */
  isNew?: boolean;
  emptyText?: ReactNode;
}

/** Field by field, what a proposal (or a later revision) changes: names for ids, words for flags. */
export function FieldChanges({ changes, known, isNew = false, emptyText }: FieldChangesProps) {
  const { t } = useTranslation('glossary');
  const ids = idsOf(changes);
  const personName = useNames('person', ids.people, known);
  const domainName = useNames('domain', ids.domains, known);
  const termName = useNames('term', ids.terms, known);

  if (changes.length === 0) {
    return <Typography.Text type="secondary">{emptyText ?? t('changes.nothing')}</Typography.Text>;
  }

  const single = (change: FieldChangeData, render: (value: unknown) => ReactNode): ReactNode => {
    const before = change.before === null || change.before === undefined ? null : render(change.before);
    const after = change.after === null || change.after === undefined ? null : render(change.after);
    if (isNew) return after ?? <NoValue />;
    return <BeforeAfter before={before} after={after} />;
  };

  const list = (change: FieldChangeData, render: (value: unknown) => ReactNode): ReactNode => (
    <ListChange
      added={asList(change.added ?? change.after).map(render)}
      removed={isNew ? [] : asList(change.removed).map(render)}
      plain={isNew}
    />
  );

  const renderChange = (change: FieldChangeData): ReactNode => {
    const { field } = change;
    if (textFields.has(field)) {
      return <TextChange before={isNew ? null : asString(change.before)} after={asString(change.after)} />;
    }
    if (field === 'synonyms' || field === 'tags') return list(change, (value) => String(value));
    if (field === 'reviewerIds') {
      return list(change, (value) => <RecordName name={personName(String(value))} to={`/people/${String(value)}`} />);
    }
    if (personFields.has(field)) {
      return single(change, (value) => <RecordName name={personName(String(value))} to={`/people/${String(value)}`} />);
    }
    if (field === 'domainId') {
      return single(change, (value) => (
        <RecordName name={domainName(String(value))} to={`/domains/${String(value)}`} />
      ));
    }
    if (field === 'parentId') {
      return single(change, (value) => (
        <RecordName name={termName(String(value))} to={`/glossary/terms/${String(value)}`} />
      ));
    }
    if (field === 'criticalDataElement') return single(change, (value) => <FlagValue value={value} />);
    if (field === 'classification') return single(change, (value) => <ClassificationValue value={value} />);
    if (field === 'relations') {
      return list(change, (value) =>
        isRelation(value) ? (
          <RelationValue type={value.type} termId={value.termId} name={termName(value.termId)} />
        ) : null,
      );
    }
    if (field === 'externalReferences') {
      return list(change, (value) =>
        isReference(value) ? (
          <a href={safeHref(value.url)} target="_blank" rel="noopener noreferrer nofollow">
            {value.label}
          </a>
        ) : null,
      );
    }
    return single(change, (value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  };

  return (
    <dl className="field-changes" data-testid="field-changes">
      {changes.map((change) => (
        <div key={change.field} className="field-change">
          <dt>
            {(labelledFields as readonly string[]).includes(change.field)
              ? t(`field.${change.field as LabelledField}`)
              : change.field}
          </dt>
          <dd>{renderChange(change)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Names of the records a term's content mentions, by id: the panel's "known" names. */
export function namesFrom(...sources: (NamedRefs | null | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (record: { id: string; name: string } | null | undefined) => {
    if (record) names.set(record.id, record.name);
  };
  for (const source of sources) {
    if (!source) continue;
    for (const record of [source.parent, source.domain, source.owner, source.steward, source.replacedBy]) add(record);
    for (const person of source.reviewers ?? []) add(person);
    for (const relation of source.relations ?? []) add(relation.term);
  }
  return names;
}

type Named = { id: string; name: string } | null | undefined;
export interface NamedRefs {
  parent?: Named;
  domain?: Named;
  owner?: Named;
  steward?: Named;
  replacedBy?: Named;
  reviewers?: readonly { id: string; name: string }[];
  relations?: readonly { term: { id: string; name: string } }[];
}
