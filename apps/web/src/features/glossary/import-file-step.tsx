import { DownloadOutlined, FileTextOutlined, InboxOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Form, Select, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadText, type TemplateColumn, templateColumns, templateCsv } from './import-template';

export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

interface ImportFileStepProps {
  glossaries: readonly { id: string; name: string }[];
  glossaryId: string | undefined;
  onGlossary: (id: string) => void;
  file: ChosenFile | null;
  onFile: (file: File) => void;
  onClearFile: () => void;
  onCheck: () => void;
  checking: boolean;
  /** Why the last request did not go through (a sentence). */
  problem: string | null;
}

/** "12.4 kB", "3.1 MB", in the reader's language. */
export function formatBytes(size: number, language: string): string {
  if (size < 1000) {
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(size);
  }
  const megabytes = size >= 1_000_000;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(megabytes ? size / 1_000_000 : size / 1000);
}

/** Step 1: which glossary, which file; a template and what each column means. */
export function ImportFileStep(props: ImportFileStepProps) {
  const { glossaries, glossaryId, onGlossary, file, onFile, onClearFile, onCheck, checking, problem } = props;
  const { t, i18n } = useTranslation('glossary');

  return (
    <Card className="import-card" data-testid="import-file-step">
      <Form layout="vertical" requiredMark={false} className="import-file-form">
        <Form.Item label={t('import.glossary')} htmlFor="import-glossary" extra={t('import.glossaryHelp')}>
          <Select
            id="import-glossary"
            value={glossaryId}
            onChange={onGlossary}
            options={glossaries.map((glossary) => ({ value: glossary.id, label: glossary.name }))}
            placeholder={t('import.glossaryPlaceholder')}
            className="import-glossary-select"
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item
          label={t('import.file')}
          extra={
            <Flex gap={4} align="center" wrap>
              {t('import.fileHelp')}
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                className="import-template-link"
                onClick={() => downloadText('glossary-template.csv', templateCsv())}
              >
                {t('import.template')}
              </Button>
            </Flex>
          }
        >
          {file ? (
            <Flex justify="space-between" align="center" gap={12} wrap className="import-chosen-file">
              <Flex gap={12} align="center" style={{ minWidth: 0 }}>
                <FileTextOutlined aria-hidden className="import-file-icon" />
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis className="import-file-name" data-testid="import-file-name">
                    {file.name}
                  </Typography.Text>
                  <Typography.Text type="secondary">{formatBytes(file.size, i18n.language)}</Typography.Text>
                </Flex>
              </Flex>
              <Button onClick={onClearFile}>{t('import.chooseAnother')}</Button>
            </Flex>
          ) : (
            <Upload.Dragger
              accept=".csv,text/csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(chosen) => {
                onFile(chosen);
                return false;
              }}
              className="import-dragger"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Upload.Dragger>
          )}
        </Form.Item>
      </Form>
      {problem ? (
        <Alert type="error" showIcon title={problem} className="import-alert" data-testid="import-problem" />
      ) : null}
      <Collapse
        ghost
        size="small"
        className="import-columns"
        items={[
          {
            key: 'columns',
            label: t('import.columnsTitle'),
            children: (
              <dl className="import-column-list">
                {templateColumns.map((column: TemplateColumn) => (
                  <div key={column}>
                    <dt>
                      <Typography.Text code>{column}</Typography.Text>
                    </dt>
                    <dd>{t(`import.columns.${column}`)}</dd>
                  </div>
                ))}
              </dl>
            ),
          },
        ]}
      />
      <Flex justify="flex-end" gap={8} className="import-footer">
        <Button
          type="primary"
          icon={<SearchOutlined aria-hidden />}
          disabled={!glossaryId || !file}
          loading={checking}
          onClick={onCheck}
        >
          {t('import.check')}
        </Button>
      </Flex>
    </Card>
  );
}
