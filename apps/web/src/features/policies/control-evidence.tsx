import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { safeHref } from '../../components/markdown/markdown-inline';
import type { ControlState, PolicyControlFieldsFragment } from '../../gql/graphql';

type Evidence = PolicyControlFieldsFragment['evidence'][number];

/** How many failing records show before "Show all". */
const PREVIEW = 8;

/** "crm.customer.email: no steward": the record (linked to its page) and what is wrong with it. */
function EvidenceLine({ item }: { item: Evidence }) {
  const cut = item.label.indexOf(': ');
  const record = cut > 0 ? item.label.slice(0, cut) : item.label;
  const rest = cut > 0 ? item.label.slice(cut) : '';
  const external = item.href && !item.href.startsWith('/') ? safeHref(item.href) : undefined;
  const linked = item.href?.startsWith('/') ? (
    <Link to={item.href}>{record}</Link>
  ) : external ? (
    <a href={external} target="_blank" rel="noopener noreferrer nofollow">
      {record}
    </a>
  ) : (
    record
  );
  return (
    <li
      className={item.ok ? 'evidence-item evidence-ok' : 'evidence-item evidence-failing'}
      data-testid="evidence-item"
      data-ok={item.ok}
    >
      {item.ok ? (
        <CheckCircleFilled className="evidence-icon" aria-hidden />
      ) : (
        <CloseCircleFilled className="evidence-icon" aria-hidden />
      )}
      <span>
        <span className="evidence-record">{linked}</span>
        <span className={item.ok ? undefined : 'evidence-problem'}>{rest}</span>
      </span>
    </li>
  );
}

/** The records the last evaluation read: what fails first and in view, the rest on demand. */
export function EvidenceList({ evidence, state }: { evidence: readonly Evidence[]; state: ControlState }) {
  const { t } = useTranslation('policies');
  const [open, setOpen] = useState(false);
  if (evidence.length === 0) return null;
  const failing = evidence.filter((item) => !item.ok);
  const passing = evidence.filter((item) => item.ok);
  const preview = failing.slice(0, PREVIEW);
  const shown = open ? [...failing, ...passing] : preview;
  const hidden = evidence.length - preview.length;
  return (
    <div className="control-evidence" data-testid="control-evidence">
      {failing.length ? (
        <Typography.Text strong className="control-evidence-title">
          {state === 'pass'
            ? t('evidence.failingExcepted', { count: failing.length })
            : t('evidence.failing', { count: failing.length })}
        </Typography.Text>
      ) : null}
      {shown.length ? (
        <ul className="evidence-list">
          {shown.map((item) => (
            <EvidenceLine key={`${item.ok}:${item.label}:${item.href ?? ''}`} item={item} />
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <Button
          type="link"
          size="small"
          className="control-evidence-toggle"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          data-testid="control-evidence-toggle"
        >
          {open
            ? failing.length
              ? t('evidence.showFailingOnly')
              : t('evidence.hide')
            : failing.length
              ? t('evidence.showAll', { count: evidence.length, passing: passing.length })
              : t('evidence.showChecked', { count: evidence.length })}
        </Button>
      ) : null}
    </div>
  );
}
