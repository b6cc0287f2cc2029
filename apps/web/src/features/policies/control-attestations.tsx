import { CheckCircleFilled, CloseCircleFilled, DownOutlined, LinkOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { safeHref } from '../../components/markdown/markdown-inline';
import { When } from '../../components/when';
import type { PolicyControlFieldsFragment } from '../../gql/graphql';

type Attestation = PolicyControlFieldsFragment['attestations'][number];

/** Pass ("In order") or fail ("Problem found"), with an icon so it reads without colour. */
function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation('policies');
  const passed = outcome === 'pass';
  return (
    <Tag
      color={passed ? 'success' : 'error'}
      icon={passed ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
      className="policy-tag"
      data-testid="attestation-outcome"
    >
      {passed ? t('attestations.pass') : t('attestations.fail')}
    </Tag>
  );
}

/** One attestation: when, by whom, the outcome, what was checked and where the evidence is. */
function AttestationLine({ attestation }: { attestation: Attestation }) {
  const { t } = useTranslation('policies');
  const evidence = attestation.evidenceUrl ? safeHref(attestation.evidenceUrl) : undefined;
  return (
    <li className="attestation-item" data-testid="control-attestation" data-outcome={attestation.outcome}>
      <Flex gap={8} align="center" wrap className="attestation-head">
        <OutcomeTag outcome={attestation.outcome} />
        <span className="attestation-when">
          <When at={attestation.attestedAt} />
        </span>
        <span className="policy-meta-label">
          {attestation.person ? (
            <>
              {t('attestations.by')} <Link to={`/people/${attestation.person.id}`}>{attestation.person.name}</Link>
            </>
          ) : (
            t('attestations.byUnknown')
          )}
        </span>
        {evidence ? (
          <a
            href={evidence}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="attestation-evidence"
            data-testid="attestation-evidence"
          >
            <LinkOutlined aria-hidden /> {t('attestations.evidence')}
          </a>
        ) : null}
      </Flex>
      <Typography.Paragraph className="attestation-statement" ellipsis={{ rows: 2, expandable: true }}>
        {attestation.statement}
      </Typography.Paragraph>
    </li>
  );
}

/**
 * An attested control's latest attestations (access reviews, manual checks), newest first:
 * the last one in a line, the rest on demand.
 */
export function AttestationHistory({ attestations }: { attestations: readonly Attestation[] }) {
  const { t } = useTranslation('policies');
  const [open, setOpen] = useState(false);
  const [latest] = attestations;
  if (!latest)
    return (
      <Typography.Text type="secondary" className="policy-small" data-testid="control-attestation-latest">
        {t('attestations.none')}
      </Typography.Text>
    );
  return (
    <div className="control-attestations" data-testid="control-attestations">
      <Flex gap={8} align="center" wrap className="policy-small">
        <span data-testid="control-attestation-latest">
          <span className="policy-meta-label">{t('attestations.latest')}</span>
          <When at={latest.attestedAt} />
          {latest.person ? ` · ${latest.person.name}` : null}
          {' · '}
          {latest.outcome === 'pass' ? t('attestations.pass') : t('attestations.fail')}
        </span>
        <Button
          type="link"
          size="small"
          className="control-attestations-toggle"
          icon={open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
          iconPlacement="end"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          data-testid="control-attestation-history-toggle"
        >
          {open ? t('attestations.hide') : t('attestations.show', { count: attestations.length })}
        </Button>
      </Flex>
      {open ? (
        <ol className="attestation-list" data-testid="control-attestation-history">
          {attestations.map((attestation) => (
            <AttestationLine key={attestation.id} attestation={attestation} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
