import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordLinkType } from '../gql/graphql';
import { RecordLinkPicker } from './record-link-picker';

export interface ShownRecordLink {
  type: RecordLinkType;
  id: string;
  label: string;
  href?: string | null;
  /** False when the record was deleted after it was linked. */
  exists?: boolean;
}

interface RecordLinkTagProps {
  link: ShownRecordLink;
  /** Makes the tag removable (in a form); the tag then shows the name without a link. */
  onRemove?: () => void;
  testId?: string;
}

/** A linked record: its kind and name, a link to its page, or greyed when it is gone. */
export function RecordLinkTag({ link, onRemove, testId = 'record-link' }: RecordLinkTagProps) {
  const { t } = useTranslation('common');
  const gone = link.exists === false;
  return (
    <Tag
      className={gone ? 'record-link record-link-gone' : 'record-link'}
      data-testid={testId}
      closable={
        onRemove
          ? { 'aria-label': t('recordLink.remove', { label: gone ? t(`recordLink.types.${link.type}`) : link.label }) }
          : false
      }
      onClose={(event) => {
        // The list of links is the form's state: removing is the parent's job, not the tag's.
        event.preventDefault();
        onRemove?.();
      }}
    >
      <span className="record-link-kind">{t(`recordLink.types.${link.type}`)}: </span>
      {gone ? t('recordLink.gone') : link.href && !onRemove ? <Link to={link.href}>{link.label}</Link> : link.label}
    </Tag>
  );
}

interface RecordLinksInputProps {
  /** The kinds of record offered, in the picker's order. */
  types: readonly RecordLinkType[];
  /** What the empty list says. */
  emptyText: string;
  id?: string;
  value?: ShownRecordLink[];
  onChange?: (links: ShownRecordLink[]) => void;
  tagTestId?: string;
}

/** Several linked records as a form control: pick one to add it, close its tag to drop it. */
export function RecordLinksInput({ types, emptyText, id, value = [], onChange, tagTestId }: RecordLinksInputProps) {
  // The picker keeps what it chose; a new key empties it for the next pick.
  const [round, setRound] = useState(0);
  return (
    <Flex vertical gap={8}>
      <RecordLinkPicker
        key={round}
        id={id}
        types={types}
        value={null}
        onChange={(record) => {
          if (!record) return;
          if (!value.some((link) => link.type === record.type && link.id === record.id)) {
            onChange?.([...value, { ...record, exists: true }]);
          }
          setRound((current) => current + 1);
        }}
      />
      <Flex wrap gap={6}>
        {value.length === 0 ? (
          <Typography.Text type="secondary">{emptyText}</Typography.Text>
        ) : (
          value.map((link) => (
            <RecordLinkTag
              key={`${link.type}:${link.id}`}
              link={link}
              testId={tagTestId}
              onRemove={() => onChange?.(value.filter((other) => other !== link))}
            />
          ))
        )}
      </Flex>
    </Flex>
  );
}
