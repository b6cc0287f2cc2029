import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepPatch } from './use-step-update';

interface CriterionThresholdProps {
  criterionKey: string;
  /** The threshold in force for this program, and the catalogue's default. */
  current: number;
  defaultValue: number;
  unit: string | null;
  save: (patch: StepPatch) => Promise<boolean>;
}

/**
 * Sets a criterion's threshold for this program (a share is entered in per cent). The server
 * keeps it per program and evaluates the criterion with it from then on.
 */
export function CriterionThreshold({ criterionKey, current, defaultValue, unit, save }: CriterionThresholdProps) {
  const { t } = useTranslation('program');
  const share = unit === 'share';
  const shown = (value: number) => (share ? Math.round(value * 1000) / 10 : value);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<number | null>(shown(current));
  const [saving, setSaving] = useState(false);

  const submit = async (next: number) => {
    setSaving(true);
    const saved = await save({ thresholds: [{ key: criterionKey, value: share ? next / 100 : next }] });
    setSaving(false);
    if (saved) setOpen(false);
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setValue(shown(current));
      }}
      trigger="click"
      title={t('criteria.thresholdTitle', { key: criterionKey })}
      content={
        <Flex vertical gap={8} style={{ width: 240 }}>
          <InputNumber
            aria-label={t('criteria.thresholdLabel', { key: criterionKey })}
            value={value}
            min={0}
            max={share ? 100 : undefined}
            step={share ? 5 : 1}
            suffix={share ? '%' : unit === 'days' ? t('criteria.daysSuffix') : undefined}
            onChange={(next) => setValue(typeof next === 'number' ? next : null)}
            style={{ width: '100%' }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('criteria.thresholdDefault', { value: shown(defaultValue), unit: share ? '%' : '' })}
          </Typography.Text>
          <Flex gap={8} justify="flex-end">
            {current !== defaultValue ? (
              <Button size="small" onClick={() => submit(shown(defaultValue))} loading={saving}>
                {t('criteria.thresholdReset')}
              </Button>
            ) : null}
            <Button
              size="small"
              type="primary"
              disabled={value === null}
              loading={saving}
              onClick={() => value !== null && submit(value)}
            >
              {t('criteria.thresholdSave')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Button
        type="link"
        size="small"
        icon={<EditOutlined aria-hidden />}
        className="criterion-threshold-edit"
        aria-label={t('criteria.thresholdEdit', { key: criterionKey })}
      />
    </Popover>
  );
}
