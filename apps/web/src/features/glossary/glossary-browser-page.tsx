import { DownloadOutlined, ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Skeleton, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { GlossariesQuery } from './glossary.graphql';
import { GlossaryAboutCard } from './glossary-about-card';
import { GlossaryFormModal, type GlossaryModalState } from './glossary-form-modal';
import { exportUrl } from './import-api';
import { TermEditorDrawer, type TermEditorState } from './term-editor-drawer';
import { TermJump } from './term-jump';
import { TermPreviewCard } from './term-preview-card';
import { TermTree } from './term-tree';
import { ROOT, useTermTree } from './use-term-tree';
import { useTreeHeight } from './use-tree-height';
import './glossary-browser.css';

/** The glossary browser: pick a glossary, open its term tree level by level, jump to a term. */
export function GlossaryBrowserPage() {
  const { t } = useTranslation(['glossary', 'common']);
  const canWrite = useCan('glossary:write');
  const canManage = useCan('glossary:manage');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const context = useMemo(() => ({ additionalTypenames: ['Glossary'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: GlossariesQuery, context });
  const [glossaryDialog, setGlossaryDialog] = useState<GlossaryModalState | null>(null);
  const [editor, setEditor] = useState<TermEditorState | null>(null);
  const glossaries = data?.glossaries ?? [];
  const glossary = glossaries.find((item) => item.id === params.get('g')) ?? glossaries[0];
  const selected = params.get('term');
  const tree = useTermTree(glossary?.id);
  const treeHeight = useTreeHeight();

  // `?new=glossary` (an empty state's button elsewhere) opens the create dialog.
  const wantsNew = params.get('new') === 'glossary';
  useEffect(() => {
    if (!wantsNew) return;
    if (canManage) setGlossaryDialog({ mode: 'create' });
    setParams({}, { replace: true });
  }, [wantsNew, canManage, setParams]);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name === 'g') next.delete('term');
        return next;
      },
      { replace: name === 'term' },
    );

  const newGlossaryButton = canManage ? (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => setGlossaryDialog({ mode: 'create' })}>
      {t('browser.newGlossary')}
    </Button>
  ) : null;
  // Files: anyone signed in exports; those who manage glossaries import.
  const importButton =
    canManage && glossary ? (
      <Link to={`/glossary/import?g=${glossary.id}`}>
        <Button icon={<ImportOutlined aria-hidden />}>{t('browser.importCsv')}</Button>
      </Link>
    ) : null;
  const exportButton = glossary ? (
    <Button href={exportUrl(glossary.id)} download icon={<DownloadOutlined aria-hidden />}>
      {t('browser.exportCsv')}
    </Button>
  ) : null;
  const newTermButton =
    canWrite && glossary ? (
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setEditor({ mode: 'create', glossary })}
      >
        {t('browser.newTerm')}
      </Button>
    ) : null;

  const header = (
    <PageHeader
      title={t('browser.title')}
      description={t('browser.description')}
      actions={
        <>
          {exportButton}
          {importButton}
          {newGlossaryButton}
          {newTermButton}
        </>
      }
    />
  );

  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) {
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }

  const rootLevel = tree.levels.get(ROOT);
  const emptyGlossary = rootLevel && !rootLevel.loading && !rootLevel.failed && rootLevel.ids.length === 0;

  return (
    <>
      {header}
      {!glossary ? (
        <Card className="page-empty">
          <EmptyState
            title={t('browser.noGlossaries')}
            description={canManage ? t('browser.noGlossariesManage') : t('browser.noGlossariesAsk')}
            action={
              canManage ? (
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setGlossaryDialog({ mode: 'create' })}
                >
                  {t('browser.newGlossary')}
                </Button>
              ) : null
            }
          />
        </Card>
      ) : (
        <Row gutter={[20, 20]}>
          <Col xs={24} lg={14} xxl={15}>
            <Card className="table-card glossary-tree-card">
              <Flex gap={12} wrap align="center" className="table-toolbar">
                <Select
                  value={glossary.id}
                  onChange={(value) => setParam('g', value)}
                  options={glossaries.map((item) => ({ value: item.id, label: item.name }))}
                  aria-label={t('browser.pickGlossary')}
                  className="glossary-picker"
                  popupMatchSelectWidth={false}
                />
                <div className="glossary-jump">
                  <TermJump
                    glossaryId={glossary.id}
                    placeholder={t('jump.placeholderIn', { glossary: glossary.name })}
                    onSearch={(query) =>
                      navigate(`/glossary/search?q=${encodeURIComponent(query)}&glossary=${glossary.id}`)
                    }
                  />
                </div>
                <Tooltip title={t('tree.reload')}>
                  <Button icon={<ReloadOutlined aria-hidden />} onClick={tree.reload} aria-label={t('tree.reload')} />
                </Tooltip>
              </Flex>
              <div className="glossary-tree-body">
                {rootLevel && rootLevel.total > 0 ? (
                  <Typography.Text type="secondary" className="tree-summary">
                    {t('tree.summary', { count: rootLevel.total })}
                  </Typography.Text>
                ) : null}
                {emptyGlossary ? (
                  <EmptyState
                    title={t('browser.noTerms')}
                    description={canWrite ? t('browser.noTermsWrite') : t('browser.noTermsRead')}
                    action={newTermButton}
                  />
                ) : (
                  <TermTree
                    tree={tree}
                    selectedId={selected}
                    onSelect={(id) => setParam('term', id)}
                    height={treeHeight}
                  />
                )}
              </div>
            </Card>
          </Col>
          <Col xs={24} lg={10} xxl={9}>
            {selected ? <TermPreviewCard termId={selected} onClose={() => setParam('term', null)} /> : null}
            <GlossaryAboutCard
              glossary={glossary}
              onEdit={canManage ? () => setGlossaryDialog({ mode: 'edit', glossary }) : undefined}
            />
          </Col>
        </Row>
      )}
      <GlossaryFormModal
        state={glossaryDialog}
        onClose={() => setGlossaryDialog(null)}
        onSaved={(id) => {
          setGlossaryDialog(null);
          setParam('g', id);
        }}
      />
      <TermEditorDrawer state={editor} onClose={() => setEditor(null)} />
    </>
  );
}
