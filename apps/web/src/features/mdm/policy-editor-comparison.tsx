import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PolicyScoring } from '../../gql/graphql';
import {
  comparators,
  dateUnits,
  HelpLabel,
  type LevelValues,
  measuresDifference,
  type PolicyFormValues,
  weightOf,
} from './policy-editor-shared';

interface PolicyEditorComparisonProps {
  /** The comparison's index in the policy's list. */
  name: number;
  editable: boolean;
  scoring: PolicyScoring;
  attributeOptions: { value: string; label: string }[];
  onRemove: () => void;
}

type Row = { key: string; level: number | 'otherwise' };

/** One attribute's comparison: the comparator, then its levels from best to worst and "otherwise". */
export function PolicyEditorComparison({
  name,
  editable,
  scoring,
  attributeOptions,
  onRemove,
}: PolicyEditorComparisonProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const form = Form.useFormInstance<PolicyFormValues>();
  const path = ['policy', 'comparisons', name] as const;
  const comparator = Form.useWatch([...path, 'comparator'], { form, preserve: true });
  const unit = Form.useWatch([...path, 'unit'], { form, preserve: true });
  const levels: (LevelValues | undefined)[] = Form.useWatch([...path, 'levels'], { form, preserve: true }) ?? [];
  const otherwise = Form.useWatch([...path, 'otherwise'], { form, preserve: true });
  const byDifference = measuresDifference(comparator);
  const fellegiSunter = scoring === 'fellegi_sunter';
  const attribute = attributeOptions.find((option) => option.value === form.getFieldValue([...path, 'attribute']));

  const setLevels = (next: (LevelValues | undefined)[]) => form.setFieldValue([...path, 'levels'], next);
  const addLevel = () => setLevels([...levels, { label: '' }]);
  const removeLevel = (index: number) => setLevels(levels.filter((_, position) => position !== index));

  const fieldOf = (row: Row, key: string) =>
    row.level === 'otherwise' ? [name, 'otherwise', key] : [name, 'levels', row.level, key];
  const valuesOf = (row: Row) => (row.level === 'otherwise' ? otherwise : levels[row.level]);
  const number = (row: Row, key: 'm' | 'u' | 'weight', props: { min: number; max: number }) => (
    <Form.Item name={fieldOf(row, key)} className="policy-cell-item">
      <InputNumber {...props} controls={false} aria-label={t(`comparisons.${key}`)} className="policy-number" />
    </Form.Item>
  );

  const columns: ColumnsType<Row> = [
    {
      title: t('comparisons.level'),
      key: 'label',
      render: (_, row) => (
        <Form.Item
          name={fieldOf(row, 'label')}
          className="policy-cell-item"
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input aria-label={t('comparisons.level')} maxLength={60} />
        </Form.Item>
      ),
    },
    {
      title: byDifference ? (
        <HelpLabel label={t('comparisons.maxDifference')} help={t('comparisons.maxDifferenceHelp')} />
      ) : (
        <HelpLabel label={t('comparisons.minSimilarity')} help={t('comparisons.minSimilarityHelp')} />
      ),
      key: 'threshold',
      width: 190,
      render: (_, row) =>
        row.level === 'otherwise' ? (
          <Typography.Text type="secondary">{t('comparisons.anythingElse')}</Typography.Text>
        ) : (
          <Form.Item name={fieldOf(row, byDifference ? 'maxDifference' : 'minSimilarity')} className="policy-cell-item">
            <InputNumber
              min={0}
              max={byDifference ? undefined : 1}
              controls={byDifference}
              aria-label={byDifference ? t('comparisons.maxDifference') : t('comparisons.minSimilarity')}
              suffix={comparator === 'date' && unit ? t(`unit.${unit}`) : undefined}
              className="policy-number"
            />
          </Form.Item>
        ),
    },
    ...(fellegiSunter
      ? ([
          {
            title: <HelpLabel label={t('comparisons.m')} help={t('comparisons.mHelp')} />,
            key: 'm',
            width: 130,
            render: (_, row) => number(row, 'm', { min: 0, max: 1 }),
          },
          {
            title: <HelpLabel label={t('comparisons.u')} help={t('comparisons.uHelp')} />,
            key: 'u',
            width: 130,
            render: (_, row) => number(row, 'u', { min: 0, max: 1 }),
          },
          {
            title: <HelpLabel label={t('comparisons.weight')} help={t('comparisons.weightHelp')} />,
            key: 'computed',
            width: 110,
            align: 'right',
            render: (_, row) => <LevelWeight m={valuesOf(row)?.m} u={valuesOf(row)?.u} />,
          },
        ] satisfies ColumnsType<Row>)
      : ([
          {
            title: <HelpLabel label={t('comparisons.points')} help={t('comparisons.pointsHelp')} />,
            key: 'weight',
            width: 150,
            render: (_, row) => number(row, 'weight', { min: -100, max: 100 }),
          },
        ] satisfies ColumnsType<Row>)),
    ...(editable
      ? ([
          {
            title: <span className="sr-only">{t('common:actions.remove')}</span>,
            key: 'remove',
            width: 48,
            render: (_, row) =>
              row.level === 'otherwise' ? null : (
                <Tooltip title={t('comparisons.removeLevel')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('comparisons.removeLevel')}
                    disabled={levels.length < 2}
                    onClick={() => removeLevel(row.level as number)}
                  />
                </Tooltip>
              ),
          },
        ] satisfies ColumnsType<Row>)
      : []),
  ];

  const rows: Row[] = [
    ...levels.map((_, index) => ({ key: String(index), level: index })),
    { key: 'otherwise', level: 'otherwise' as const },
  ];

  return (
    <Card
      type="inner"
      size="small"
      className="policy-comparison"
      data-testid="policy-comparison"
      title={attribute?.label ?? form.getFieldValue([...path, 'attribute'])}
      extra={
        editable ? (
          <Tooltip title={t('comparisons.remove')}>
            <Button type="text" size="small" icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
              {t('common:actions.remove')}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      <Flex gap={16} wrap align="flex-start">
        <Form.Item name={[name, 'attribute']} label={t('comparisons.attribute')} className="policy-inline-item">
          <Select
            options={attributeOptions}
            showSearch={{ optionFilterProp: 'label' }}
            className="policy-attribute-select"
          />
        </Form.Item>
        <Form.Item
          name={[name, 'comparator']}
          label={t('comparisons.comparator')}
          className="policy-inline-item"
          extra={comparator ? t(`comparator.${comparator}.help`) : undefined}
        >
          <Select
            className="policy-comparator-select"
            popupMatchSelectWidth={false}
            options={comparators.map((value) => ({
              value,
              label: t(`comparator.${value}.label`),
              title: t(`comparator.${value}.help`),
            }))}
            optionRender={(option) => (
              <Flex vertical gap={0}>
                <span>{option.label}</span>
                <Typography.Text type="secondary" className="policy-option-help">
                  {option.data.title}
                </Typography.Text>
              </Flex>
            )}
          />
        </Form.Item>
        {comparator === 'date' ? (
          <Form.Item name={[name, 'unit']} label={t('comparisons.unit')} className="policy-inline-item">
            <Select
              className="policy-unit-select"
              allowClear
              placeholder={t('unit.days')}
              options={dateUnits.map((value) => ({ value, label: t(`unit.${value}`) }))}
            />
          </Form.Item>
        ) : null}
      </Flex>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={columns}
        rowClassName={(row) => (row.level === 'otherwise' ? 'policy-otherwise-row' : '')}
      />
      <Flex justify="space-between" align="center" className="policy-levels-foot">
        <Typography.Text type="secondary">{t('comparisons.levelOrder')}</Typography.Text>
        {editable ? (
          <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden />} onClick={addLevel}>
            {t('comparisons.addLevel')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

/** log₂(m/u), green when agreeing at this level is evidence for a match, red when against. */
function LevelWeight({ m, u }: { m: number | undefined; u: number | undefined }) {
  const { t } = useTranslation('mdmPolicy');
  const weight = weightOf(m, u);
  if (weight === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = `${weight > 0 ? '+' : weight < 0 ? '−' : ''}${Math.abs(weight).toFixed(2)}`;
  return (
    <Tooltip title={t('comparisons.weightFormula', { m, u })}>
      <Typography.Text
        strong
        className={weight > 0 ? 'policy-weight-positive' : weight < 0 ? 'policy-weight-negative' : undefined}
        data-testid="level-weight"
      >
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
