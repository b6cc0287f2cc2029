import { ArrowLeftOutlined, CloudUploadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Statistic, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunReport, ImportAction, ImportCounts, RowVerdict } from './import-api';
import { type ChosenFile, formatBytes } from './import-file-step';

const actionColors: Record<ImportAction, string> = {
  create: 'cyan',
  update: 'blue',
  unchanged: 'default',
  error: 'red',
};

/** What importing a row does: a new term, a change, nothing, or a problem that stops the file. */
export function ImportActionTag({ action }: { action: ImportAction }) {
  const { t } = useTranslation('glossary');
  return (
    <Tooltip title={t(`import.actionHint.${action}`)}>
      <Tag color={actionColors[action]} className="term-tag">
        {t(`import.action.${action}`)}
      </Tag>
    </Tooltip>
  );
}

/** Rows, new terms, changes, unchanged and problems, side by side. */
export function ImportCountsSummary({ counts, showErrors = true }: { counts: ImportCounts; showErrors?: boolean }) {
  const { t, i18n } = useTranslation('glossary');
  const format = (value: number | string) => new Intl.NumberFormat(i18n.language).format(Number(value));
  const items: { key: string; title: string; value: number; className?: string }[] = [
    { key: 'rows', title: t('import.counts.rows'), value: counts.rows },
    { key: 'create', title: t('import.counts.create'), value: counts.create, className: 'import-count-create' },
    { key: 'update', title: t('import.counts.update'), value: counts.update, className: 'import-count-update' },
    { key: 'unchanged', title: t('import.counts.unchanged'), value: counts.unchanged },
  ];
  if (showErrors) {
    items.push({
      key: 'error',
      title: t('import.counts.error'),
      value: counts.error,
      className: counts.error > 0 ? 'import-count-error' : undefined,
    });
  }
  return (
    <Flex gap={12} wrap className="import-counts" data-testid="import-counts">
      {items.map((item) => (
        <div key={item.key} className={`import-count ${item.className ?? ''}`} data-testid={`import-count-${item.key}`}>
          <Statistic title={item.title} value={item.value} formatter={format} />
        </div>
      ))}
    </Flex>
  );
}

interface ImportVerdictsStepProps {
  report: DryRunReport;
  file: ChosenFile;
  glossaryName: string;
  /** The server's refusal of the import (its problems are already in the report). */
  refusal: string | null;
  /** Why the last request did not go through (a sentence). */
  problem: string | null;
  checking: boolean;
  importing: boolean;
  onBack: () => void;
  onReplace: (file: File) => void;
  onImport: () => void;
}

type RowFilter = 'all' | 'problems';

const PAGE_SIZE = 20;

/** Step 2: the dry run's verdict on every row; Import only when no row has a problem. */
export function ImportVerdictsStep(props: ImportVerdictsStepProps) {
  const { report, file, glossaryName, refusal, problem, checking, importing, onBack, onReplace, onImport } = props;
  const { t, i18n } = useTranslation(['glossary', 'common']);
  const problemRows = report.rows.filter((row) => row.problems.length > 0);
  const [filter, setFilter] = useState<RowFilter>(problemRows.length > 0 ? 'problems' : 'all');
  const [seenReport, setSeenReport] = useState(report);
  if (seenReport !== report) {
    // A new file starts on its problems, if it has any.
    setSeenReport(report);
    setFilter(problemRows.length > 0 ? 'problems' : 'all');
  }
  const rows = filter === 'problems' ? problemRows : report.rows;
  const number = new Intl.NumberFormat(i18n.language);
  const writes = report.counts.create + report.counts.update;
  const blocked = !report.valid;

  const columns: ColumnsType<RowVerdict> = [
    {
      title: t('import.table.row'),
      dataIndex: 'row',
      key: 'row',
      width: 80,
      render: (row: number) => <span className="import-row-number">{number.format(row)}</span>,
    },
    {
      title: t('import.table.name'),
      dataIndex: 'name',
      key: 'name',
      width: '28%',
      ellipsis: { showTitle: true },
      render: (name: string) =>
        name ? <Typography.Text strong>{name}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('import.table.action'),
      dataIndex: 'action',
      key: 'action',
      width: 130,
      render: (action: ImportAction) => <ImportActionTag action={action} />,
    },
    {
      title: t('import.table.problems'),
      key: 'problems',
      render: (_value, row) =>
        row.problems.length ? (
          <ul className="import-problems">
            {row.problems.map((item) => (
              <li key={`${item.column}:${item.message}`}>
                <span className="import-problem-column">{item.column}</span>: {item.message}
              </li>
            ))}
          </ul>
        ) : null,
    },
  ];

  // A file that cannot be read as terms says so in its own alert; a refusal says it in its own.
  const fileOnly = report.fileProblems.length > 0 && report.counts.error === 0;
  const gate =
    refusal || fileOnly ? null : blocked ? (
      <Alert
        type="warning"
        showIcon
        className="import-alert"
        data-testid="import-blocked"
        title={t('import.blockedTitle', { count: report.counts.error })}
        description={t('import.blockedBody')}
      />
    ) : writes === 0 ? (
      <Alert type="info" showIcon className="import-alert" title={t('import.nothingToDo')} />
    ) : (
      <Alert
        type="success"
        showIcon
        className="import-alert"
        title={t('import.ready', {
          create: number.format(report.counts.create),
          update: number.format(report.counts.update),
        })}
        description={t('import.readyBody')}
      />
    );

  return (
    <Card className="import-card" data-testid="import-verdicts">
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="import-verdicts-head">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={4} className="import-title">
            {t('import.verdictsTitle', { file: file.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('import.verdictsMeta', { glossary: glossaryName, size: formatBytes(file.size, i18n.language) })}
          </Typography.Text>
        </div>
        <Upload
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(chosen) => {
            onReplace(chosen);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={checking}>
            {t('import.uploadCorrected')}
          </Button>
        </Upload>
      </Flex>
      {report.counts.rows > 0 ? <ImportCountsSummary counts={report.counts} /> : null}
      {report.fileProblems.length ? (
        <Alert
          type="error"
          showIcon
          className="import-alert"
          data-testid="import-file-problems"
          title={t('import.fileProblems', { count: report.fileProblems.length })}
          description={
            <ul className="import-file-problem-list">
              {report.fileProblems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          className="import-alert"
          data-testid="import-refusal"
          title={t('import.refused')}
          description={refusal}
        />
      ) : null}
      {problem ? (
        <Alert type="error" showIcon title={problem} className="import-alert" data-testid="import-problem" />
      ) : null}
      {gate}
      {report.rows.length > 0 ? (
        <>
          <Flex justify="space-between" align="center" gap={12} wrap className="import-table-toolbar">
            <Segmented<RowFilter>
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: t('import.filterAll', { n: number.format(report.rows.length) }) },
                { value: 'problems', label: t('import.filterProblems', { n: number.format(problemRows.length) }) },
              ]}
            />
            {report.truncated ? (
              <Typography.Text type="secondary" data-testid="import-truncated">
                {t('import.truncated', {
                  shown: number.format(report.rows.length),
                  total: number.format(report.counts.rows),
                  count: report.counts.rows,
                })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Table<RowVerdict>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={rows}
            tableLayout="fixed"
            className="import-table"
            data-testid="import-table"
            rowClassName={(row) => (row.problems.length ? 'import-row-error' : '')}
            pagination={
              rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false, size: 'small' } : false
            }
            locale={{ emptyText: t('import.noProblemRows') }}
          />
        </>
      ) : null}
      <Flex justify="space-between" align="center" gap={12} wrap className="import-footer">
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack}>
          {t('import.back')}
        </Button>
        <Flex gap={12} align="center" wrap justify="flex-end">
          {blocked ? (
            <Typography.Text type="secondary" className="import-all-or-nothing">
              {t('import.allOrNothing')}
            </Typography.Text>
          ) : null}
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            disabled={blocked || checking}
            loading={importing}
            onClick={onImport}
          >
            {t('import.import')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
