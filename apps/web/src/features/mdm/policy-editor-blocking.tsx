import { CloseOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { blockingTransforms, PolicySection } from './policy-editor-shared';

interface PolicyEditorBlockingProps {
  editable: boolean;
  attributeOptions: { value: string; label: string }[];
}

/** Which pairs are compared at all: passes of key parts, unioned. */
export function PolicyEditorBlocking({ editable, attributeOptions }: PolicyEditorBlockingProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const transformOptions = blockingTransforms.map((value) => ({
    value,
    label: t(`transform.${value}.label`),
    title: t(`transform.${value}.help`),
  }));

  return (
    <Form.List name={['policy', 'blocking']}>
      {(passes, { add: addPass, remove: removePass }, { errors }) => (
        <PolicySection
          id="policy-blocking"
          title={t('blocking.title')}
          help={t('blocking.help')}
          extra={
            editable ? (
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => addPass({ keys: [{ attribute: attributeOptions[0]?.value, transform: 'exact' }] })}
              >
                {t('blocking.addPass')}
              </Button>
            ) : null
          }
        >
          <Flex vertical gap={12}>
            {passes.map((pass, passIndex) => (
              <div key={pass.key} className="policy-pass" data-testid="blocking-pass">
                <Flex justify="space-between" align="center" className="policy-pass-head">
                  <Typography.Text strong>{t('blocking.pass', { number: passIndex + 1 })}</Typography.Text>
                  {editable ? (
                    <Tooltip title={t('blocking.removePass')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('blocking.removePass')}
                        onClick={() => removePass(pass.name)}
                      />
                    </Tooltip>
                  ) : null}
                </Flex>
                <Form.List name={[pass.name, 'keys']}>
                  {(keys, { add: addKey, remove: removeKey }) => (
                    <Flex gap={8} wrap align="flex-start">
                      {keys.map((key, keyIndex) => (
                        <Flex key={key.key} gap={4} align="flex-start" className="policy-key-part">
                          {keyIndex > 0 ? <span className="policy-key-and">{t('blocking.and')}</span> : null}
                          <Form.Item
                            name={[key.name, 'transform']}
                            className="policy-cell-item"
                            rules={[{ required: true, message: t('form.required') }]}
                          >
                            <Select
                              aria-label={t('blocking.transform')}
                              options={transformOptions}
                              popupMatchSelectWidth={false}
                              className="policy-transform-select"
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
                          <span className="policy-key-of">{t('blocking.of')}</span>
                          <Form.Item
                            name={[key.name, 'attribute']}
                            className="policy-cell-item"
                            rules={[{ required: true, message: t('form.required') }]}
                          >
                            <Select
                              aria-label={t('blocking.attribute')}
                              options={attributeOptions}
                              showSearch={{ optionFilterProp: 'label' }}
                              className="policy-attribute-select"
                            />
                          </Form.Item>
                          {editable && keys.length > 1 ? (
                            <Tooltip title={t('blocking.removeKey')}>
                              <Button
                                type="text"
                                size="small"
                                className="policy-inline-remove"
                                icon={<CloseOutlined aria-hidden />}
                                aria-label={t('blocking.removeKey')}
                                onClick={() => removeKey(key.name)}
                              />
                            </Tooltip>
                          ) : null}
                        </Flex>
                      ))}
                      {editable ? (
                        <Button
                          type="dashed"
                          icon={<PlusOutlined aria-hidden />}
                          onClick={() => addKey({ attribute: attributeOptions[0]?.value, transform: 'exact' })}
                        >
                          {t('blocking.addKey')}
                        </Button>
                      ) : null}
                    </Flex>
                  )}
                </Form.List>
              </div>
            ))}
            <Form.ErrorList errors={errors} />
          </Flex>
        </PolicySection>
      )}
    </Form.List>
  );
}
