import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../components/markdown/markdown';
import { PersonAvatar } from '../../components/person-avatar';
import { RecordLinkTag } from '../../components/record-links-input';
import { When } from '../../components/when';
import type { Decision } from './decision-log-card';

interface DecisionItemProps {
  decision: Decision;
  /** Offers edit and delete (the viewer keeps this council's log). */
  onEdit?: () => void;
  onDelete?: () => void;
}

/** One decision: what, why, the details, the records it changed and who wrote it down. */
export function DecisionItem({ decision, onEdit, onDelete }: DecisionItemProps) {
  const { t } = useTranslation('councils');
  return (
    <article className="decision" data-testid="decision" aria-label={decision.title}>
      <Flex justify="space-between" align="flex-start" gap={12}>
        <Typography.Title level={5} className="decision-title">
          {decision.title}
        </Typography.Title>
        {onEdit || onDelete ? (
          <Flex gap={2} className="decision-actions">
            {onEdit ? (
              <Tooltip title={t('log.edit')}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  aria-label={`${t('log.edit')}: ${decision.title}`}
                  onClick={onEdit}
                />
              </Tooltip>
            ) : null}
            {onDelete ? (
              <Tooltip title={t('log.delete')}>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${t('log.delete')}: ${decision.title}`}
                  onClick={onDelete}
                />
              </Tooltip>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
      <div className="decision-section">
        <Typography.Text type="secondary" className="decision-label">
          {t('log.why')}
        </Typography.Text>
        <Markdown source={decision.rationale} className="decision-text" />
      </div>
      {decision.details ? (
        <div className="decision-section">
          <Typography.Text type="secondary" className="decision-label">
            {t('log.details')}
          </Typography.Text>
          <Markdown source={decision.details} className="decision-text" />
        </div>
      ) : null}
      {decision.links.length ? (
        <div className="decision-section">
          <Typography.Text type="secondary" className="decision-label">
            {t('log.changed')}
          </Typography.Text>
          <Flex wrap gap={6} className="decision-links">
            {decision.links.map((link) => (
              <RecordLinkTag key={`${link.type}:${link.id}`} link={link} testId="decision-link" />
            ))}
          </Flex>
        </div>
      ) : null}
      <Flex align="center" gap={6} className="decision-footer">
        {decision.recordedBy ? (
          <>
            <PersonAvatar name={decision.recordedBy.name} size={18} />
            <Typography.Text type="secondary">
              {t('log.recordedByPrefix')}{' '}
              <Link to={`/people/${decision.recordedBy.id}`}>{decision.recordedBy.name}</Link>
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('log.recordedByUnknown')}</Typography.Text>
        )}
        <Typography.Text type="secondary">
          · <When at={decision.createdAt} />
        </Typography.Text>
      </Flex>
    </article>
  );
}
