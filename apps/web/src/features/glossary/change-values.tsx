import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Classification, TermRelationType } from '../../gql/graphql';
import { diffWords } from './text-diff';

/** A name looked up for an id: the name, "no longer exists", or "…" while it loads. */
export function RecordName({ name, to }: { name: string | null | undefined; to?: string }) {
  const { t } = useTranslation('glossary');
  if (name === undefined) return <Typography.Text type="secondary">…</Typography.Text>;
  if (name === null) return <Typography.Text type="secondary">{t('changes.unknownRecord')}</Typography.Text>;
  return to ? <Link to={to}>{name}</Link> : <span>{name}</span>;
}

export function NoValue() {
  const { t } = useTranslation('glossary');
  return <Typography.Text type="secondary">{t('changes.none')}</Typography.Text>;
}

/** Old value struck through, an arrow, the new value: for short, single values. */
export function BeforeAfter({ before, after }: { before: ReactNode | null; after: ReactNode | null }) {
  const { t } = useTranslation('glossary');
  return (
    <span className="change-before-after">
      {before === null ? <NoValue /> : <span className="change-removed">{before}</span>}
      <ArrowRightOutlined className="change-arrow" aria-label={t('changes.becomes')} />
      {after === null ? <NoValue /> : <span className="change-added">{after}</span>}
    </span>
  );
}

/** A long text's change, word by word; a new text in full. */
export function TextChange({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation('glossary');
  if (!before) return <div className="change-text change-text-new">{after}</div>;
  if (!after) {
    return (
      <div className="change-text">
        <del className="change-removed">{before}</del>
      </div>
    );
  }
  const parts = diffWords(before, after);
  if (!parts) {
    return (
      <div className="change-text">
        <div className="change-text-label">{t('changes.was')}</div>
        <del className="change-removed">{before}</del>
        <div className="change-text-label">{t('changes.now')}</div>
        <ins className="change-added">{after}</ins>
      </div>
    );
  }
  return (
    <div className="change-text">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder.
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder.
          <ins key={index} className="change-added">
            {part.text}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder.
          <del key={index} className="change-removed">
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}

/** What a list gains and loses: "+ Buyer", "− Client". */
export function ListChange({
  added,
  removed,
  plain = false,
}: {
  added: ReactNode[];
  removed: ReactNode[];
  plain?: boolean;
}) {
  const { t } = useTranslation('glossary');
  if (plain) {
    return (
      <span className="change-list">
        {added.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a list's items as the server sent them.
          <span key={index} className="change-chip">
            {item}
          </span>
        ))}
      </span>
    );
  }
  return (
    <span className="change-list">
      {added.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list's items as the server sent them.
        <span key={`a${index}`} className="change-chip change-chip-added" title={t('changes.addedItem')}>
          <span aria-hidden>+</span>
          <span className="sr-only">{t('changes.addedItem')}:</span> {item}
        </span>
      ))}
      {removed.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list's items as the server sent them.
        <span key={`r${index}`} className="change-chip change-chip-removed" title={t('changes.removedItem')}>
          <span aria-hidden>−</span>
          <span className="sr-only">{t('changes.removedItem')}:</span> <del>{item}</del>
        </span>
      ))}
    </span>
  );
}

export function FlagValue({ value }: { value: unknown }) {
  const { t } = useTranslation('glossary');
  if (value === null || value === undefined) return null;
  return <span>{value ? t('changes.yes') : t('changes.no')}</span>;
}

export function ClassificationValue({ value }: { value: unknown }) {
  const { t } = useTranslation('glossary');
  if (typeof value !== 'string') return null;
  return <span>{t(`classification.${value as Classification}`)}</span>;
}

export function RelationValue({
  type,
  name,
  termId,
}: {
  type: string;
  name: string | null | undefined;
  termId: string;
}) {
  const { t } = useTranslation('glossary');
  return (
    <span>
      {t(`relation.outgoing.${type as TermRelationType}`)} <RecordName name={name} to={`/glossary/terms/${termId}`} />
    </span>
  );
}
