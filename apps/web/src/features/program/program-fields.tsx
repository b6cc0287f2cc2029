import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { trackKey, trackNumbers } from './program-shared';

/** The impact figures as the form holds them: the shape of ImpactFigureInput. */
export interface ImpactFigureValues {
  label?: string;
  unit?: string;
  baseline?: number | null;
  asOf?: string;
  target?: number | null;
}

/** An impact figure with what the server needs from it, or null when the row is still empty. */
export function toImpactFigureInput(figure: ImpactFigureValues) {
  return {
    label: figure.label?.trim() ?? '',
    unit: figure.unit?.trim() ?? '',
    baseline: figure.baseline ?? Number.NaN,
    asOf: figure.asOf ?? '',
    target: figure.target ?? null,
  };
}

/**
 * The list editor for impact figures under `impactFigures`: what is measured, its unit, the
 * baseline with the date it applies to, and an optional target.
 */
export function ImpactFiguresField({ minimum = 0 }: { minimum?: number }) {
  const { t } = useTranslation('program');
  return (
    <Form.List
      name="impactFigures"
      rules={
        minimum
          ? [
              {
                validator: async (_rule, figures?: unknown[]) => {
                  if (!figures || figures.length < minimum) throw new Error(t('figures.atLeastOne'));
                },
              },
            ]
          : undefined
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <div key={field.key} className="impact-figure-row" data-testid="impact-figure">
              <Row gutter={12} align="top">
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'label']}
                    label={index === 0 ? t('figures.label') : undefined}
                    rules={[{ required: true, whitespace: true, message: t('figures.labelRequired') }]}
                  >
                    <Input
                      placeholder={t('figures.labelPlaceholder')}
                      aria-label={t('figures.label')}
                      maxLength={200}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item
                    name={[field.name, 'baseline']}
                    label={index === 0 ? t('figures.baseline') : undefined}
                    rules={[{ required: true, message: t('figures.baselineRequired') }]}
                  >
                    <InputNumber aria-label={t('figures.baseline')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item
                    name={[field.name, 'unit']}
                    label={index === 0 ? t('figures.unit') : undefined}
                    rules={[{ required: true, whitespace: true, message: t('figures.unitRequired') }]}
                  >
                    <Input placeholder={t('figures.unitPlaceholder')} aria-label={t('figures.unit')} maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item
                    name={[field.name, 'asOf']}
                    label={index === 0 ? t('figures.asOf') : undefined}
                    rules={[{ required: true, message: t('figures.asOfRequired') }]}
                  >
                    <Input type="date" aria-label={t('figures.asOf')} />
                  </Form.Item>
                </Col>
                <Col xs={9} md={3}>
                  <Form.Item name={[field.name, 'target']} label={index === 0 ? t('figures.target') : undefined}>
                    <InputNumber aria-label={t('figures.target')} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={3} md={2}>
                  <Form.Item className={index === 0 ? 'impact-figure-remove-first' : undefined}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('figures.remove')}
                      disabled={fields.length <= minimum}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('figures.add')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** The list editor for the business processes and regulations the problem touches (`processes`). */
export function ProcessesField() {
  const { t } = useTranslation('program');
  return (
    <Form.List name="processes">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid="program-process">
              <Form.Item name={[field.name, 'kind']} style={{ width: 160 }}>
                <Select
                  aria-label={t('processes.kind')}
                  options={(['process', 'regulation'] as const).map((kind) => ({
                    value: kind,
                    label: t(`processes.kinds.${kind}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                style={{ flex: 1 }}
                rules={[{ required: true, whitespace: true, message: t('processes.nameRequired') }]}
              >
                <Input aria-label={t('processes.name')} placeholder={t('processes.namePlaceholder')} maxLength={200} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('processes.remove')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <div>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'process' })}>
              {t('processes.add')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** The four optional tracks, each with one sentence on what choosing it means. */
export function TracksChoice({ value, onChange }: { value?: number[]; onChange?: (tracks: number[]) => void }) {
  const { t } = useTranslation('program');
  return (
    <Checkbox.Group value={value} onChange={(tracks) => onChange?.(tracks as number[])} className="tracks-choice">
      <Flex vertical gap={10}>
        {trackNumbers.map((track) => (
          <Checkbox key={track} value={track}>
            <Typography.Text strong>{t(`tracks.${trackKey(track)}.name`)}</Typography.Text>
            <Typography.Paragraph type="secondary" className="tracks-choice-help">
              {t(`tracks.${trackKey(track)}.sentence`)}
            </Typography.Paragraph>
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
