import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordLinkPicker } from '../../components/record-link-picker';
import type { RecordLinkType } from '../../gql/graphql';

/** The open work that should move a metric: an issue or a roadmap initiative. */
export const metricLinkTypes: readonly RecordLinkType[] = ['ticket', 'roadmap_item'];

export interface MetricLink {
  type: RecordLinkType;
  id: string;
  label: string;
  href?: string | null;
  /** False when the record was deleted after it was linked. */
  exists?: boolean;
}

/** One linked record: its kind and name, a link to it (read-only), or greyed when it is gone. */
export function MetricLinkTag({ link, onRemove }: { link: MetricLink; onRemove?: () => void }) {
  const { t } = useTranslation(['metrics', 'common']);
  const gone = link.exists === false;
  const kind = <span className="metric-link-kind">{t(`common:recordLink.types.${link.type}`)}: </span>;
  return (
    <Tag
      className={gone ? 'metric-link metric-link-gone' : 'metric-link'}
      data-testid="metric-action-link"
      closable={onRemove ? { 'aria-label': t('links.remove', { label: link.label }) } : false}
      onClose={(event) => {
        event.preventDefault();
        onRemove?.();
      }}
    >
      {kind}
      {gone ? (
        t('common:recordLink.gone')
      ) : link.href && !onRemove ? (
        <Link to={link.href}>{link.label}</Link>
      ) : (
        link.label
      )}
    </Tag>
  );
}

interface MetricLinksInputProps {
  id?: string;
  value?: MetricLink[];
  onChange?: (links: MetricLink[]) => void;
}

/** Several linked records as a form control: pick one to add it, close its tag to drop it. */
export function MetricLinksInput({ id, value = [], onChange }: MetricLinksInputProps) {
  const { t } = useTranslation('metrics');
  // A new key empties the picker for the next pick.
  const [round, setRound] = useState(0);
  return (
    <Flex vertical gap={8}>
      <RecordLinkPicker
        key={round}
        id={id}
        types={metricLinkTypes}
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
          <Typography.Text type="secondary">{t('links.none')}</Typography.Text>
        ) : (
          value.map((link) => (
            <MetricLinkTag
              key={`${link.type}:${link.id}`}
              link={link}
              onRemove={() => onChange?.(value.filter((other) => other !== link))}
            />
          ))
        )}
      </Flex>
    </Flex>
  );
}
