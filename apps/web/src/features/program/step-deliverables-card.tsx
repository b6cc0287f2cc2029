import {
  DeleteOutlined,
  FileAddOutlined,
  FileTextOutlined,
  LinkOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { When } from '../../components/when';
import type { ProgramStepQuery } from '../../gql/graphql';
import { UnlinkDeliverableMutation } from './deliverables.graphql';
import { LinkRecordModal } from './document-link-modal';
import { DocumentStatusTag } from './document-status-tag';
import { type DeliverableTarget, WriteDocumentModal } from './document-write-modal';
import { ProvenanceTag } from './program-shared';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;
type StepDocument = Step['documents'][number];
type DeliverableLink = Step['deliverableLinks'][number];

interface StepDeliverablesCardProps {
  step: Step;
  programId: string;
  canManage: boolean;
  onChanged: () => void;
}

/**
 * The step's catalogue deliverables and what provides each: documents written here (with where
 * their approval stands) and linked records; then the program's own documents and records.
 */
export function StepDeliverablesCard({ step, programId, canManage, onChanged }: StepDeliverablesCardProps) {
  const { t } = useTranslation(['program', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, unlink] = useMutation(UnlinkDeliverableMutation);
  const [writing, setWriting] = useState<DeliverableTarget | null>(null);
  const [linking, setLinking] = useState<DeliverableTarget | null>(null);
  const catalogueKeys = new Set(step.step.deliverables.map((item) => item.key).filter(Boolean));
  const isOwn = (key: string | null) => !key || !catalogueKeys.has(key);

  const removeLink = (link: DeliverableLink) =>
    modal.confirm({
      title: t('deliverables.removeTitle', { label: link.target.label }),
      content: t('deliverables.removeBody'),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const outcome = await unlink({ id: link.id });
        if (
          handle(
            { payload: outcome.data?.unlinkDeliverable, error: outcome.error },
            { successMessage: t('deliverables.removed') },
          ) !== undefined
        )
          onChanged();
      },
    });

  const section = (
    target: DeliverableTarget,
    heading: ReactNode,
    documents: readonly StepDocument[],
    links: readonly DeliverableLink[],
    description?: ReactNode,
  ) => {
    const own = target.key === null;
    const sponsorApproves = Boolean(target.sponsorApproval);
    return (
      <section key={target.key ?? 'own'} className="deliverable" data-testid={`deliverable-${target.key ?? 'own'}`}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <div className="deliverable-head">{heading}</div>
          {canManage ? (
            <Flex gap={4} className="deliverable-actions">
              <Button size="small" icon={<FileAddOutlined aria-hidden />} onClick={() => setWriting(target)}>
                {t('deliverables.write')}
              </Button>
              <Button size="small" icon={<LinkOutlined aria-hidden />} onClick={() => setLinking(target)}>
                {t('deliverables.link')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        {description}
        {sponsorApproves ? (
          <Typography.Text className="deliverable-sponsor">
            <SafetyCertificateOutlined aria-hidden /> {t('deliverables.sponsorApproves')}
          </Typography.Text>
        ) : null}
        {documents.length || links.length ? (
          <ul className="deliverable-items">
            {documents.map((document) => (
              <DocumentItem key={document.id} document={document} programId={programId} />
            ))}
            {links.map((link) => (
              <LinkItem key={link.id} link={link} onRemove={canManage ? () => removeLink(link) : undefined} />
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary" className="deliverable-nothing">
            {own ? t('deliverables.nothingOwn') : t('deliverables.nothing')}
          </Typography.Text>
        )}
      </section>
    );
  };

  return (
    <Card id="deliverables" title={t('deliverables.title')} className="stacked-card" data-testid="step-deliverables">
      <Typography.Paragraph type="secondary" className="card-hint">
        {t('deliverables.hint')}
      </Typography.Paragraph>
      <div className="deliverables">
        {step.step.deliverables.length === 0 ? (
          <Typography.Text type="secondary">{t('deliverables.none')}</Typography.Text>
        ) : null}
        {step.step.deliverables.map((item) => {
          const key = item.key ?? null;
          return section(
            { key, text: item.text, sponsorApproval: item.sponsorApproval },
            <>
              {key ? <span className="deliverable-key">{key}</span> : null}
              <Typography.Text strong>{item.text}</Typography.Text>
              <ProvenanceTag provenance={item.provenance} />
            </>,
            key ? step.documents.filter((document) => document.deliverableKey === key) : [],
            key ? step.deliverableLinks.filter((link) => link.deliverableKey === key) : [],
          );
        })}
        {section(
          { key: null, text: null },
          <Typography.Text strong>{t('deliverables.own')}</Typography.Text>,
          step.documents.filter((document) => isOwn(document.deliverableKey)),
          step.deliverableLinks.filter((link) => isOwn(link.deliverableKey)),
          <Typography.Text type="secondary" className="deliverable-own-hint">
            {t('deliverables.ownHint')}
          </Typography.Text>,
        )}
      </div>
      <WriteDocumentModal
        programId={programId}
        stepNumber={step.number}
        target={writing}
        onClose={() => setWriting(null)}
      />
      <LinkRecordModal
        programId={programId}
        stepNumber={step.number}
        target={linking}
        onClose={() => setLinking(null)}
        onLinked={() => {
          setLinking(null);
          onChanged();
        }}
      />
    </Card>
  );
}

/** A document that provides the deliverable: its title, where its latest version stands, its approval. */
function DocumentItem({ document, programId }: { document: StepDocument; programId: string }) {
  const { t } = useTranslation('program');
  const [latest] = document.versions;
  const approved = document.versions.find((version) => version.status === 'approved');
  const parts: ReactNode[] = [];
  if (latest?.status === 'draft')
    parts.push(
      <span key="draft">
        {t('deliverables.draft', { number: latest.number })} <When at={latest.updatedAt} />
      </span>,
    );
  if (latest?.status === 'in_review')
    parts.push(
      <span key="review">
        {t('deliverables.inReview', { number: latest.number })}{' '}
        {latest.submittedAt ? <When at={latest.submittedAt} /> : null}
      </span>,
    );
  if (approved)
    parts.push(
      <span key="approved">
        {approved.decidedBy
          ? t('deliverables.approvedBy', { number: approved.number, name: approved.decidedBy.name })
          : t('deliverables.approved', { number: approved.number })}{' '}
        {approved.decidedAt ? <When at={approved.decidedAt} /> : null}
      </span>,
    );
  return (
    <li className="deliverable-item" data-testid="deliverable-document">
      <FileTextOutlined className="deliverable-item-icon" aria-label={t('deliverables.document')} />
      <Flex vertical gap={2} className="deliverable-item-body">
        <Flex gap={8} align="center" wrap>
          <Link to={`/program/${programId}/documents/${document.id}`}>{document.title}</Link>
          {latest ? <DocumentStatusTag status={latest.status} /> : null}
        </Flex>
        {parts.length ? (
          <Typography.Text type="secondary" className="deliverable-item-meta">
            {parts.flatMap((part, index) => (index ? [' · ', part] : [part]))}
          </Typography.Text>
        ) : null}
      </Flex>
    </li>
  );
}

/** A record named as (part of) the deliverable; one that was deleted stays listed, greyed. */
function LinkItem({ link, onRemove }: { link: DeliverableLink; onRemove?: () => void }) {
  const { t } = useTranslation(['program', 'common']);
  const { target } = link;
  const label =
    target.exists && target.href ? (
      target.href.startsWith('/') ? (
        <Link to={target.href}>{target.label}</Link>
      ) : (
        <a href={target.href}>{target.label}</a>
      )
    ) : (
      <span className="deliverable-gone-label">{target.label}</span>
    );
  return (
    <li
      className={target.exists ? 'deliverable-item' : 'deliverable-item deliverable-gone'}
      data-testid="deliverable-link"
    >
      <LinkOutlined className="deliverable-item-icon" aria-hidden />
      <Flex vertical gap={2} className="deliverable-item-body">
        <Flex gap={8} align="center" wrap>
          <Tag variant="filled" className="deliverable-kind">
            {t(`common:recordLink.types.${target.type}`)}
          </Tag>
          {label}
        </Flex>
        {link.note ? (
          <Typography.Text type="secondary" className="deliverable-item-meta">
            {link.note}
          </Typography.Text>
        ) : null}
      </Flex>
      {onRemove ? (
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('deliverables.remove', { label: target.label })}
          onClick={onRemove}
        />
      ) : null}
    </li>
  );
}
