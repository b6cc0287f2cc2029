import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordLinkPicker } from '../../components/record-link-picker';
import type { RecordLinkType } from '../../gql/graphql';
import { DecisionLink, type ShownRecordLink } from './decision-link';

/** The kinds of record a decision can change, in the order the picker offers them. */
export const decisionLinkTypes: readonly RecordLinkType[] = [
  'term',
  'domain',
  'mdm_policy',
  'mdm_domain',
  'quality_rule',
  'asset',
  'program_document',
  'council',
];

interface DecisionLinksInputProps {
  id?: string;
  value?: ShownRecordLink[];
  onChange?: (links: ShownRecordLink[]) => void;
}

/** Several linked records as a form control: pick one to add it, remove a tag to drop it. */
export function DecisionLinksInput({ id, value = [], onChange }: DecisionLinksInputProps) {
  const { t } = useTranslation(['councils', 'common']);
  // The picker keeps what it chose; a new key empties it for the next pick (its kind starts over).
  const [round, setRound] = useState(0);
  return (
    <div>
      <RecordLinkPicker
        key={round}
        id={id}
        types={decisionLinkTypes}
        value={null}
        onChange={(record) => {
          if (!record) return;
          if (!value.some((link) => link.type === record.type && link.id === record.id)) {
            onChange?.([...value, { ...record, exists: true }]);
          }
          setRound((current) => current + 1);
        }}
      />
      <Flex wrap gap={6} className="decision-form-links" data-testid="decision-form-links">
        {value.length === 0 ? (
          <Typography.Text type="secondary">{t('decisionForm.noLinks')}</Typography.Text>
        ) : (
          value.map((link) => (
            <DecisionLink
              key={`${link.type}:${link.id}`}
              link={link}
              removeLabel={t('decisionForm.removeLink', {
                label: link.exists === false ? t(`common:recordLink.types.${link.type}`) : link.label,
              })}
              onRemove={() => onChange?.(value.filter((other) => other !== link))}
            />
          ))
        )}
      </Flex>
    </div>
  );
}
