import { Checkbox, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityModelDefinitionQuery } from '../../gql/graphql';

type Model = MaturityModelDefinitionQuery['maturityModel'];

interface CategoryChoiceProps {
  model: Model;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

/** The 11 categories as checkboxes in their four groups, each with what it covers. */
export function CategoryChoice({ model, value = [], onChange, id }: CategoryChoiceProps) {
  const { t } = useTranslation('maturity');
  const all = model.categories.map((category) => category.key);
  const toggleGroup = (keys: string[], on: boolean) => {
    const next = on ? [...new Set([...value, ...keys])] : value.filter((key) => !keys.includes(key));
    onChange?.(all.filter((key) => next.includes(key)));
  };

  return (
    <div id={id} className="maturity-category-choice">
      <Flex gap={8} className="maturity-category-choice-all">
        <Checkbox
          checked={value.length === all.length}
          indeterminate={value.length > 0 && value.length < all.length}
          onChange={(event) => toggleGroup(all, event.target.checked)}
        >
          {t('create.allCategories', { count: all.length })}
        </Checkbox>
      </Flex>
      <Row gutter={[16, 16]}>
        {model.groups.map((group) => {
          const categories = model.categories.filter((category) => category.group === group.key);
          const keys = categories.map((category) => category.key);
          const chosen = keys.filter((key) => value.includes(key)).length;
          return (
            <Col key={group.key} xs={24} md={12}>
              <fieldset className="maturity-category-group">
                <legend>
                  <Checkbox
                    checked={chosen === keys.length}
                    indeterminate={chosen > 0 && chosen < keys.length}
                    onChange={(event) => toggleGroup(keys, event.target.checked)}
                  >
                    <Typography.Text strong>{group.name}</Typography.Text>
                  </Checkbox>
                </legend>
                <Typography.Paragraph type="secondary" className="maturity-category-group-purpose">
                  {group.purpose}
                </Typography.Paragraph>
                <Flex vertical gap={10}>
                  {categories.map((category) => (
                    <Checkbox
                      key={category.key}
                      checked={value.includes(category.key)}
                      onChange={(event) => toggleGroup([category.key], event.target.checked)}
                      className="maturity-category-option"
                    >
                      <span className="maturity-category-name">
                        {t('categoryNumbered', { number: category.number, name: category.name })}
                      </span>
                      <Typography.Text type="secondary" className="maturity-category-description">
                        {category.description}
                      </Typography.Text>
                    </Checkbox>
                  ))}
                </Flex>
              </fieldset>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}
