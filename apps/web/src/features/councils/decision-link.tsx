import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordLinkType } from '../../gql/graphql';

export interface ShownRecordLink {
  type: RecordLinkType;
  id: string;
  label: string;
  href?: string | null;
  /** False when the record was deleted after the decision linked it. */
  exists?: boolean;
}

interface DecisionLinkProps {
  link: ShownRecordLink;
  /** Makes the tag removable (in the form); the label names what is removed. */
  onRemove?: () => void;
  removeLabel?: string;
}

/** A record a decision changed: its kind and name, a link to its page, or greyed when it is gone. */
export function DecisionLink({ link, onRemove, removeLabel }: DecisionLinkProps) {
  const { t } = useTranslation('common');
  const gone = link.exists === false;
  const kind = <span className="decision-link-kind">{t(`recordLink.types.${link.type}`)}: </span>;
  let body: ReactNode;
  if (gone) {
    body = (
      <>
        {kind}
        {t('recordLink.gone')}
      </>
    );
  } else if (link.href && !onRemove) {
    body = (
      <>
        {kind}
        <Link to={link.href}>{link.label}</Link>
      </>
    );
  } else {
    body = (
      <>
        {kind}
        {link.label}
      </>
    );
  }
  return (
    <Tag
      className={gone ? 'decision-link decision-link-gone' : 'decision-link'}
      data-testid="decision-link"
      closable={onRemove ? { 'aria-label': removeLabel } : false}
      onClose={(event) => {
        // The list of links is the form's state: removing is the parent's job, not the tag's.
        event.preventDefault();
        onRemove?.();
      }}
    >
      {body}
    </Tag>
  );
}
