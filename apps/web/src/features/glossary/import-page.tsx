import { Breadcrumb, Skeleton, Steps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/not-found-page';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { GlossariesQuery } from './glossary.graphql';
import {
  type DryRunReport,
  dryRunImport,
  type FileRequestFailure,
  MAX_IMPORT_BYTES,
  startImport,
  withRefusal,
} from './import-api';
import { type ChosenFile, ImportFileStep } from './import-file-step';
import { ImportProgressStep } from './import-progress-step';
import { ImportVerdictsStep } from './import-verdicts-step';
import './import.css';

/** The CSV import: only for those who may manage glossaries (`glossary:manage`). */
export function ImportPage() {
  const canManage = useCan('glossary:manage');
  return canManage ? <ImportWizard /> : <NotFoundPage forbidden />;
}

type Stage =
  | { step: 'file' }
  | { step: 'verdicts'; report: DryRunReport; refusal: string | null }
  | { step: 'import'; jobId: string; startedAt: number | null; progressToken: string | null };

const stepIndex = { file: 0, verdicts: 1, import: 2 } as const;

/**
 * Three steps: choose a glossary and a file; read the dry run's verdict on every row (nothing is
 * written, and Import stays off while any row has a problem); import, as a background job whose
 * progress shows until it has made one batch for review. `?job=` resumes following a job.
 */
function ImportWizard() {
  const { t } = useTranslation(['glossary', 'common']);
  const [params, setParams] = useSearchParams();
  const context = useMemo(() => ({ additionalTypenames: ['Glossary'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: GlossariesQuery, context });
  const glossaries = data?.glossaries ?? [];
  const glossaryId = glossaries.find((item) => item.id === params.get('g'))?.id ?? glossaries[0]?.id;
  const glossary = glossaries.find((item) => item.id === glossaryId);
  const resumedJob = params.get('job');

  const [file, setFile] = useState<ChosenFile | null>(null);
  const [stage, setStage] = useState<Stage>(
    resumedJob ? { step: 'import', jobId: resumedJob, startedAt: null, progressToken: null } : { step: 'file' },
  );
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [settled, setSettled] = useState<'finish' | 'error' | null>(null);

  const failureText = (failure: FileRequestFailure): string => {
    switch (failure.kind) {
      case 'invalid':
        return failure.message || t('import.errors.invalid');
      case 'forbidden':
        return t('import.errors.forbidden');
      case 'notFound':
        return t('import.errors.notFound');
      case 'tooLarge':
        return t('import.errors.tooLarge');
      case 'signedOut':
        return t('import.errors.signedOut');
      default:
        return t('common:errors.unexpected');
    }
  };

  const setGlossary = (id: string) => {
    setParams({ g: id }, { replace: true });
    setProblem(null);
  };

  /** Reads the chosen file in the browser; a file over the server's limit is refused here. */
  const readFile = async (chosen: File): Promise<ChosenFile | null> => {
    setProblem(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setProblem(t('import.errors.tooLarge'));
      return null;
    }
    try {
      const read = { name: chosen.name, size: chosen.size, text: await chosen.text() };
      setFile(read);
      return read;
    } catch {
      setProblem(t('import.errors.unreadable'));
      return null;
    }
  };

  const check = async (target: ChosenFile | null = file) => {
    if (!glossaryId || !target) return;
    setBusy('checking');
    setProblem(null);
    const outcome = await dryRunImport(glossaryId, target.text);
    setBusy(null);
    if (!outcome.ok) {
      setProblem(failureText(outcome.failure));
      return;
    }
    setStage({ step: 'verdicts', report: outcome.report, refusal: null });
  };

  const replace = async (chosen: File) => {
    const read = await readFile(chosen);
    if (read) await check(read);
  };

  const runImport = async () => {
    if (!glossaryId || !file || stage.step !== 'verdicts') return;
    setBusy('importing');
    setProblem(null);
    const startedAt = Date.now();
    const outcome = await startImport(glossaryId, file.text, file.name);
    setBusy(null);
    if (outcome.ok) {
      setStage({ step: 'import', jobId: outcome.jobId, startedAt, progressToken: outcome.progressToken });
      // The address follows the job: a reload keeps showing its progress.
      setParams({ g: glossaryId, job: outcome.jobId }, { replace: true });
      return;
    }
    if (outcome.failure.kind === 'invalid') {
      // The glossary changed since the dry run: the server's problems go onto the verdicts.
      setStage({
        step: 'verdicts',
        report: withRefusal(stage.report, outcome.failure.fieldErrors),
        refusal: failureText(outcome.failure),
      });
      return;
    }
    setProblem(failureText(outcome.failure));
  };

  const restart = () => {
    setFile(null);
    setProblem(null);
    setStage({ step: 'file' });
    if (glossaryId) setParams({ g: glossaryId }, { replace: true });
  };

  const header = (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          items={[
            { title: <Link to={glossaryId ? `/glossary?g=${glossaryId}` : '/glossary'}>{t('browser.title')}</Link> },
            { title: t('import.title') },
          ]}
        />
      }
      title={t('import.title')}
      description={t('import.description')}
    />
  );

  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) {
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }

  return (
    <>
      {header}
      <Steps
        current={stepIndex[stage.step]}
        status={stage.step === 'import' && settled ? settled : 'process'}
        className="import-steps"
        items={[
          { title: t('import.steps.file'), description: t('import.steps.fileHint') },
          { title: t('import.steps.check'), description: t('import.steps.checkHint') },
          { title: t('import.steps.import'), description: t('import.steps.importHint') },
        ]}
      />
      {stage.step === 'file' ? (
        <ImportFileStep
          glossaries={glossaries}
          glossaryId={glossaryId}
          onGlossary={setGlossary}
          file={file}
          onFile={(chosen) => void readFile(chosen)}
          onClearFile={() => setFile(null)}
          onCheck={() => void check()}
          checking={busy === 'checking'}
          problem={problem}
        />
      ) : stage.step === 'verdicts' && file ? (
        <ImportVerdictsStep
          report={stage.report}
          file={file}
          glossaryName={glossary?.name ?? ''}
          refusal={stage.refusal}
          problem={problem}
          checking={busy === 'checking'}
          importing={busy === 'importing'}
          onBack={() => {
            setProblem(null);
            setStage({ step: 'file' });
          }}
          onReplace={(chosen) => void replace(chosen)}
          onImport={() => void runImport()}
        />
      ) : stage.step === 'import' ? (
        <ImportProgressStep
          jobId={stage.jobId}
          progressToken={stage.progressToken}
          fileName={file?.name ?? null}
          glossaryId={glossaryId}
          startedAt={stage.startedAt}
          onAnother={restart}
          onSettled={setSettled}
        />
      ) : null}
    </>
  );
}
