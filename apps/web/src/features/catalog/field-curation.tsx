import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataAssetQuery } from '../../gql/graphql';
import { useCatalogDecisions } from './use-catalog-decisions';

export type AssetField = NonNullable<DataAssetQuery['dataAsset']>['fields'][number];

interface DecideButtonsProps {
  label: string;
  disabled: boolean;
  onConfirm: () => void;
  onReject: () => void;
}

function DecideButtons({ label, disabled, onConfirm, onReject }: DecideButtonsProps) {
  const { t } = useTranslation('catalog');
  return (
    <Space size={2}>
      <Tooltip title={t('curation.confirm')}>
        <Button
          size="small"
          type="text"
          icon={<CheckOutlined aria-hidden />}
          aria-label={`${t('curation.confirm')} ${label}`}
          disabled={disabled}
          onClick={onConfirm}
          className="decide-confirm"
        />
      </Tooltip>
      <Tooltip title={t('curation.reject')}>
        <Button
          size="small"
          type="text"
          danger
          icon={<CloseOutlined aria-hidden />}
          aria-label={`${t('curation.reject')} ${label}`}
          disabled={disabled}
          onClick={onReject}
        />
      </Tooltip>
    </Space>
  );
}

/** A column's personal-data classes: confirmed ones, suggestions to decide, and what its terms give it. */
export function FieldClasses({
  field,
  canCurate,
  onChanged,
}: {
  field: AssetField;
  canCurate: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('catalog');
  const decide = useCatalogDecisions(onChanged);
  const inherited = [...(field.inheritedClassification ? [field.inheritedClassification] : []), ...field.inheritedTags];
  if (field.classifications.length === 0 && inherited.length === 0) return <span className="muted-dash">—</span>;
  return (
    <Flex vertical gap={4} align="flex-start">
      {field.classifications.map((item) => {
        const label = t(`pii.${item.piiClass}`);
        if (item.status === 'confirmed') {
          return (
            <Tooltip
              key={item.id}
              title={item.decidedByLabel ? t('curation.decidedBy', { who: item.decidedByLabel }) : item.reason}
            >
              <Tag color="red" className="catalog-class-tag">
                {label}
              </Tag>
            </Tooltip>
          );
        }
        return (
          <Flex key={item.id} align="center" gap={2} data-testid="classification-suggestion">
            <Tooltip title={t('curation.suggested', { reason: item.reason })}>
              <Tag className="catalog-suggested-tag">{label}?</Tag>
            </Tooltip>
            {canCurate ? (
              <DecideButtons
                label={`${label} (${field.name})`}
                disabled={decide.deciding}
                onConfirm={() =>
                  void decide.classification(
                    item.id,
                    'confirm',
                    t('suggestions.confirmedClass', { class: label, column: field.name }),
                  )
                }
                onReject={() => void decide.classification(item.id, 'reject', t('suggestions.rejectedOne'))}
              />
            ) : null}
          </Flex>
        );
      })}
      {inherited.length > 0 ? (
        <Tooltip title={t('curation.inheritedTag')}>
          <Flex gap={4} wrap>
            {inherited.map((value) => (
              <Tag key={value} color="volcano" bordered={false}>
                {value}
              </Tag>
            ))}
          </Flex>
        </Tooltip>
      ) : null}
    </Flex>
  );
}

/** A column's business meaning: confirmed terms, suggested ones to decide, and a way to link one. */
export function FieldMeaning({
  field,
  canCurate,
  onChanged,
  onLink,
}: {
  field: AssetField;
  canCurate: boolean;
  onChanged: () => void;
  onLink: () => void;
}) {
  const { t } = useTranslation('catalog');
  const decide = useCatalogDecisions(onChanged);
  return (
    <Flex vertical gap={4} align="flex-start">
      {field.termLinks.map((link) =>
        link.status === 'confirmed' ? (
          <Link key={link.id} to={`/glossary/terms/${link.term.id}`} className="catalog-term-link">
            {link.term.name}
          </Link>
        ) : (
          <Flex key={link.id} align="center" gap={2} data-testid="term-link-suggestion">
            <Tooltip title={t('curation.suggested', { reason: link.reason })}>
              <Tag className="catalog-suggested-tag">{link.term.name}?</Tag>
            </Tooltip>
            {canCurate ? (
              <DecideButtons
                label={`${link.term.name} (${field.name})`}
                disabled={decide.deciding}
                onConfirm={() =>
                  void decide.termLink(
                    link.id,
                    'confirm',
                    t('suggestions.confirmedLink', { term: link.term.name, column: field.name }),
                  )
                }
                onReject={() => void decide.termLink(link.id, 'reject', t('suggestions.rejectedOne'))}
              />
            ) : null}
          </Flex>
        ),
      )}
      {canCurate && !field.removedAt ? (
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined aria-hidden />}
          onClick={onLink}
          className="catalog-link-term"
          aria-label={`${t('curation.linkTerm')}: ${field.name}`}
        >
          {field.termLinks.length === 0 ? t('curation.linkTerm') : null}
        </Button>
      ) : field.termLinks.length === 0 ? (
        <span className="muted-dash">—</span>
      ) : null}
    </Flex>
  );
}
