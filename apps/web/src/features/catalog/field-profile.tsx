import { Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetField } from './field-curation';

function ValueBars({ values, total }: { values: { value: string; count: number }[]; total: number }) {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const largest = Math.max(1, ...values.map((item) => item.count));
  return (
    <Flex vertical gap={4} className="value-bars">
      {values.map((item) => (
        <div key={item.value} className="value-bar-row" title={`${item.value}: ${number.format(item.count)}`}>
          <span className="value-bar-label">{item.value === '' ? '∅' : item.value}</span>
          <span className="value-bar-track">
            <span className="value-bar" style={{ width: `${(100 * item.count) / largest}%` }} />
          </span>
          <span className="value-bar-count">
            {number.format(item.count)}
            {total > 0 ? (
              <Typography.Text type="secondary"> · {Math.round((100 * item.count) / total)}%</Typography.Text>
            ) : null}
          </span>
        </div>
      ))}
    </Flex>
  );
}

/** A column's latest figures: nulls, distinct values, range, lengths, the most frequent values and shapes. */
export function FieldProfile({ field, profiledRows }: { field: AssetField; profiledRows: number }) {
  const { t, i18n } = useTranslation('catalog');
  const profile = field.profile;
  if (!profile) return <Typography.Text type="secondary">{t('curation.noProfile')}</Typography.Text>;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Row gutter={[24, 16]} className="field-profile" data-testid="field-profile">
      <Col xs={24} lg={8}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('curation.nulls')}>
            {number.format(profile.nullCount)} ({percent.format(profiledRows ? profile.nullCount / profiledRows : 0)})
          </Descriptions.Item>
          <Descriptions.Item label={t('curation.distinct')}>{number.format(profile.distinctCount)}</Descriptions.Item>
          <Descriptions.Item label={t('curation.min')}>{profile.minValue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('curation.max')}>{profile.maxValue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('curation.length')}>
            {profile.minLength == null
              ? '—'
              : t('curation.lengthRange', {
                  min: profile.minLength,
                  max: profile.maxLength,
                  avg: number.format(Math.round((profile.avgLength ?? 0) * 10) / 10),
                })}
          </Descriptions.Item>
        </Descriptions>
      </Col>
      <Col xs={24} lg={9}>
        <Typography.Text strong>{t('curation.topValues')}</Typography.Text>
        {profile.distinctCount > 0 && profile.distinctCount === profiledRows - profile.nullCount ? (
          <Typography.Paragraph type="secondary" className="value-bars">
            {t('curation.allDistinct')}
          </Typography.Paragraph>
        ) : (
          <ValueBars values={profile.topValues} total={profiledRows - profile.nullCount} />
        )}
      </Col>
      <Col xs={24} lg={7}>
        <Typography.Text strong>{t('curation.patterns')}</Typography.Text>{' '}
        <Typography.Text type="secondary">({t('curation.patternsHelp')})</Typography.Text>
        <ValueBars values={profile.patterns} total={profiledRows - profile.nullCount} />
      </Col>
    </Row>
  );
}
