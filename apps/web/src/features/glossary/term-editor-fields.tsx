import { Col, Form, Input, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { HierarchySelect } from '../../components/hierarchy-select';
import { MarkdownInput } from '../../components/markdown/markdown-input';
import { PeopleSelect } from '../../components/people-select';
import { DomainOptionsQuery } from '../domains/domains.graphql';
import type { PersonRef } from './reviewers';
import { classifications } from './term-content';
import { ReferencesField, RelationsField } from './term-links-fields';
import { TermSelect } from './term-select';

interface TermEditorFieldsProps {
  glossaryId: string;
  termId?: string;
  knownPeople: readonly PersonRef[];
  knownTerms: readonly { id: string; name: string }[];
  /** Who reviews when the term names nobody ("the glossary's reviewers: …"). */
  defaultReviewersText: string;
}

function Section({ title, hint, first = false }: { title: string; hint?: string; first?: boolean }) {
  return (
    <div className={first ? 'editor-section editor-section-first' : 'editor-section'}>
      <Typography.Title level={5} className="editor-section-title">
        {title}
      </Typography.Title>
      {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
    </div>
  );
}

/** Every field a proposal can set, in the order a steward thinks about a term. */
export function TermEditorFields({
  glossaryId,
  termId,
  knownPeople,
  knownTerms,
  defaultReviewersText,
}: TermEditorFieldsProps) {
  const { t } = useTranslation('glossary');
  const [{ data: domains, fetching: domainsLoading }] = useQuery({ query: DomainOptionsQuery });
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <>
      <Section title={t('editor.sectionWords')} first />
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item name={['content', 'name']} label={t('field.name')} rules={required(t('editor.nameRequired'))}>
            <Input placeholder={t('editor.namePlaceholder')} maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name={['content', 'abbreviation']} label={t('field.abbreviation')}>
            <Input placeholder={t('editor.abbreviationPlaceholder')} maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={['content', 'definition']}
        label={t('field.definition')}
        rules={required(t('editor.definitionRequired'))}
        extra={t('editor.definitionHelp')}
      >
        <MarkdownInput placeholder={t('editor.definitionPlaceholder')} />
      </Form.Item>
      <Form.Item name={['content', 'synonyms']} label={t('field.synonyms')} extra={t('editor.synonymsHelp')}>
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', ';']}
          placeholder={t('editor.synonymsPlaceholder')}
        />
      </Form.Item>
      <Form.Item name={['content', 'examples']} label={t('field.examples')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('editor.examplesPlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'validValues']} label={t('field.validValues')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('editor.validValuesPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'businessRules']} label={t('field.businessRules')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('editor.businessRulesPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>

      <Section title={t('editor.sectionPlace')} />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'parentId']} label={t('field.parentId')} extra={t('editor.parentHelp')}>
            <TermSelect
              glossaryId={glossaryId}
              known={knownTerms}
              excludeIds={termId ? [termId] : []}
              placeholder={t('editor.parentPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'domainId']} label={t('field.domainId')} extra={t('editor.domainHelp')}>
            <HierarchySelect
              nodes={domains?.domains.nodes ?? []}
              loading={domainsLoading}
              placeholder={t('editor.domainPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'classification']} label={t('field.classification')}>
            <Select
              options={classifications.map((value) => ({
                value,
                label: `${t(`classification.${value}`)} · ${t(`classificationHint.${value}`)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['content', 'criticalDataElement']}
            label={t('field.criticalDataElement')}
            valuePropName="checked"
            extra={t('cde.hint')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['content', 'tags']} label={t('field.tags')}>
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', ';']}
          placeholder={t('editor.tagsPlaceholder')}
        />
      </Form.Item>

      <Section title={t('editor.sectionPeople')} />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'ownerId']} label={t('field.ownerId')}>
            <PeopleSelect known={knownPeople} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['content', 'stewardId']} label={t('field.stewardId')}>
            <PeopleSelect known={knownPeople} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['content', 'reviewerIds']} label={t('field.reviewerIds')} extra={defaultReviewersText}>
        <PeopleSelect multiple known={knownPeople} placeholder={t('editor.reviewersPlaceholder')} />
      </Form.Item>

      <Section title={t('editor.sectionLinks')} hint={t('editor.relationsHelp')} />
      <Form.Item label={t('field.relations')}>
        <RelationsField glossaryId={glossaryId} termId={termId} known={knownTerms} />
      </Form.Item>
      <Form.Item label={t('field.externalReferences')}>
        <ReferencesField />
      </Form.Item>
    </>
  );
}
