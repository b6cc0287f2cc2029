import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rag } from '../../gql/graphql';

/** Red, amber, green as the server judged them against the target; grey when it could not. */
export const ragColors: Record<Rag, string> = {
  green: '#389e0d',
  amber: '#d48806',
  red: '#cf1322',
  none: '#8c8c8c',
};

const ragTagColors: Record<Rag, string> = { green: 'success', amber: 'warning', red: 'error', none: 'default' };

/** The RAG status as a coloured dot and a word, so it reads without colour too. */
export function RagTag({ rag }: { rag: Rag }) {
  const { t } = useTranslation('metrics');
  return (
    <Tooltip title={t(`rag.hint.${rag}`)}>
      <Tag color={ragTagColors[rag]} className="rag-tag" data-testid="rag-tag" data-rag={rag}>
        <span className="rag-dot" style={{ background: ragColors[rag] }} aria-hidden />
        {t(`rag.${rag}`)}
      </Tag>
    </Tooltip>
  );
}

/** Whether Steward computes the metric from its records or its owner enters the values. */
export function MetricSourceTag({ builtIn }: { builtIn: string | null }) {
  const { t } = useTranslation('metrics');
  return builtIn ? (
    <Tooltip title={t('source.computedHint')}>
      <Tag color="cyan" className="metric-source-tag">
        {t('source.computed')}
      </Tag>
    </Tooltip>
  ) : (
    <Tooltip title={t('source.manualHint')}>
      <Tag color="purple" className="metric-source-tag">
        {t('source.manual')}
      </Tag>
    </Tooltip>
  );
}
