import { PlusOutlined } from '@ant-design/icons';
import { Flex, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyScoring } from '../../gql/graphql';
import { PolicyEditorComparison } from './policy-editor-comparison';
import { type ComparisonValues, type PolicyFormValues, PolicySection } from './policy-editor-shared';

interface PolicyEditorComparisonsProps {
  editable: boolean;
  scoring: PolicyScoring;
  attributeOptions: { value: string; label: string }[];
}

/** How each attribute is compared: a comparator and its graded levels, scored. */
export function PolicyEditorComparisons({ editable, scoring, attributeOptions }: PolicyEditorComparisonsProps) {
  const { t } = useTranslation(['mdmPolicy', 'common']);
  const form = Form.useFormInstance<PolicyFormValues>();
  const compared = Form.useWatch(['policy', 'comparisons'], { form, preserve: true }) ?? [];
  const uncompared = attributeOptions.filter(
    (option) => !compared.some((comparison) => comparison?.attribute === option.value),
  );

  return (
    <Form.List name={['policy', 'comparisons']}>
      {(fields, { add, remove }, { errors }) => (
        <PolicySection
          id="policy-comparisons"
          title={t('comparisons.title')}
          help={scoring === 'fellegi_sunter' ? t('comparisons.helpFellegiSunter') : t('comparisons.helpWeighted')}
          extra={
            editable && uncompared.length ? (
              <Select<string>
                value={null}
                placeholder={
                  <>
                    <PlusOutlined aria-hidden /> {t('comparisons.add')}
                  </>
                }
                aria-label={t('comparisons.add')}
                className="policy-add-select"
                popupMatchSelectWidth={false}
                options={uncompared}
                onChange={(attribute) =>
                  add({
                    attribute,
                    comparator: 'exact',
                    levels: [{ label: t('comparisons.defaultSame'), minSimilarity: 1 }],
                    otherwise: { label: t('comparisons.defaultDifferent') },
                  } satisfies ComparisonValues)
                }
              />
            ) : null
          }
        >
          <Flex vertical gap={16}>
            {fields.map((field) => (
              <PolicyEditorComparison
                key={field.key}
                name={field.name}
                editable={editable}
                scoring={scoring}
                attributeOptions={attributeOptions}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Form.ErrorList errors={errors} />
          </Flex>
        </PolicySection>
      )}
    </Form.List>
  );
}
