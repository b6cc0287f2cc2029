import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { EmptyState } from '../../components/empty-state';
import type { PolicyControlFieldsFragment, PolicyExceptionFieldsFragment } from '../../gql/graphql';
import { type AttestableControl, AttestControlModal } from './attest-control-modal';
import { ControlEditorModal, type ControlPolicy } from './control-editor-modal';
import { ControlItem } from './control-item';
import { EvaluateControlMutation } from './controls.graphql';
import { GrantExceptionModal } from './grant-exception-modal';
import { activeFirst } from './policy-shared';
import { usePolicyAbilities } from './use-policy-abilities';

type Control = PolicyControlFieldsFragment;

/** The controls that put the policy into effect, and how each one stands. */
export function PolicyControlsCard({
  policy,
  controls,
  exceptions,
  onChanged,
}: {
  policy: ControlPolicy & { approver: { id: string } };
  controls: readonly Control[];
  exceptions: readonly PolicyExceptionFieldsFragment[];
  onChanged: () => void;
}) {
  const { t } = useTranslation('policies');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const { canManage } = usePolicyAbilities();
  const [editorOpen, setEditorOpen] = useState(false);
  /** The control the editor changes (kept while it closes); none when it adds one. */
  const [edited, setEdited] = useState<Control | null>(null);
  const openEditor = (control: Control | null) => {
    setEdited(control);
    setEditorOpen(true);
  };
  const [attesting, setAttesting] = useState<AttestableControl | null>(null);
  const [granting, setGranting] = useState<Control | null>(null);
  const [, evaluate] = useMutation(EvaluateControlMutation);
  const active = controls.filter((control) => control.active);
  const switchedOff = controls.length - active.length;
  const counts = [
    ...(['fail', 'pass', 'not_evaluated'] as const).map((state) => ({
      key: state,
      count: active.filter((control) => control.state === state).length,
    })),
    { key: 'off' as const, count: switchedOff },
  ].filter((entry) => entry.count > 0);

  /** After an attestation the program's team re-evaluates at once; others see it at the next evaluation. */
  const attested = async (control: AttestableControl, outcome: 'pass' | 'fail') => {
    setAttesting(null);
    if (canManage) {
      const result = await evaluate({ controlId: control.id });
      const evaluation = handle({ payload: result.data?.evaluateControl, error: result.error });
      if (evaluation)
        void message.success(t('attest.doneEvaluated', { name: control.name, summary: evaluation.summary }));
    } else {
      void message.success(t(`attest.done.${outcome}`, { name: control.name }));
    }
    onChanged();
  };

  return (
    <Card
      title={t('controls.title')}
      data-testid="policy-controls"
      extra={
        <Flex gap={16} align="center" wrap>
          {counts.length ? (
            <Typography.Text type="secondary" className="policy-small" data-testid="policy-control-counts">
              {counts.map((entry) => t(`controls.count.${entry.key}`, { count: entry.count })).join(' · ')}
            </Typography.Text>
          ) : null}
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => openEditor(null)}
              data-testid="add-control"
            >
              {t('controls.add')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {controls.length === 0 ? (
        <EmptyState
          title={t('controls.emptyTitle')}
          description={canManage ? t('controls.emptyManager') : t('controls.empty')}
        />
      ) : (
        <Flex vertical gap={12}>
          {activeFirst(controls).map((control) => (
            <ControlItem
              key={control.id}
              control={control}
              exception={
                exceptions.find((exception) => exception.inForce && exception.controlId === control.id) ?? null
              }
              policy={policy}
              onAttest={setAttesting}
              onGrant={setGranting}
              onEdit={openEditor}
              onChanged={onChanged}
            />
          ))}
        </Flex>
      )}
      {canManage ? (
        <ControlEditorModal
          policy={policy}
          open={editorOpen}
          control={edited}
          onClose={() => setEditorOpen(false)}
          onSaved={() => {
            setEditorOpen(false);
            onChanged();
          }}
        />
      ) : null}
      <AttestControlModal control={attesting} onClose={() => setAttesting(null)} onAttested={attested} />
      <GrantExceptionModal
        control={granting}
        onClose={() => setGranting(null)}
        onGranted={() => {
          setGranting(null);
          onChanged();
        }}
      />
    </Card>
  );
}
