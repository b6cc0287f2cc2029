import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Radio, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityModelDefinition } from './maturity-shared';

interface LevelPickerProps {
  value?: number | null;
  onChange?: (level: number | null) => void;
  levels: MaturityModelDefinition['levels'];
  /** The group's accessible name ("Current level for Q5.1"). */
  label: string;
  id?: string;
  testId?: string;
}

/** Levels 1–5 as a row of buttons, each named on hover; an answer may also be left open ("I don't know"). */
export function LevelPicker({ value, onChange, levels, label, id, testId }: LevelPickerProps) {
  const { t } = useTranslation('maturity');
  return (
    <Flex gap={4} align="center" id={id}>
      <Radio.Group
        value={value ?? null}
        onChange={(event) => onChange?.(event.target.value as number)}
        optionType="button"
        buttonStyle="solid"
        aria-label={label}
        data-testid={testId}
        role="radiogroup"
        className="maturity-level-picker"
      >
        {levels.map((level) => (
          <Tooltip key={level.level} title={`${level.name}: ${level.meaning}`} mouseEnterDelay={0.3}>
            <Radio.Button value={level.level} aria-label={t('levelLabel', { level: level.level, name: level.name })}>
              {level.level}
            </Radio.Button>
          </Tooltip>
        ))}
      </Radio.Group>
      {value ? (
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined aria-hidden />}
          aria-label={t('questionnaire.clearLevel', { label })}
          title={t('questionnaire.clear')}
          onClick={() => onChange?.(null)}
        />
      ) : null}
    </Flex>
  );
}
