import { PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { UpdateControlMutation } from './controls.graphql';

interface SwitchableControl {
  id: string;
  version: number;
  name: string;
  active: boolean;
}

/**
 * Switches a control off (after saying what that means: not evaluated, out of compliance, its
 * history kept) or back on. For the program's team; the server refuses anyone else.
 */
export function ControlSwitchButton({ control, onChanged }: { control: SwitchableControl; onChanged: () => void }) {
  const { t } = useTranslation(['policies', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [{ fetching }, update] = useMutation(UpdateControlMutation);

  const switchTo = async (active: boolean) => {
    const outcome = await update({ id: control.id, version: control.version, active });
    const done = handle(
      { payload: outcome.data?.updateControl, error: outcome.error },
      {
        onReload: onChanged,
        successMessage: t(active ? 'controls.switchedOn' : 'controls.switchedOffDone', { name: control.name }),
      },
    );
    if (done) onChanged();
  };

  if (!control.active)
    return (
      <Button
        icon={<PlayCircleOutlined aria-hidden />}
        loading={fetching}
        onClick={() => switchTo(true)}
        data-testid="switch-on-control"
      >
        {t('controls.switchOn')}
      </Button>
    );

  const confirmOff = () =>
    modal.confirm({
      title: t('controls.switchOffTitle', { name: control.name }),
      content: t('controls.switchOffBody'),
      okText: t('controls.switchOff'),
      cancelText: t('common:actions.cancel'),
      okButtonProps: { 'data-testid': 'switch-off-confirm' },
      onOk: () => switchTo(false),
    });

  return (
    <Button
      icon={<PauseCircleOutlined aria-hidden />}
      loading={fetching}
      onClick={confirmOff}
      data-testid="switch-off-control"
    >
      {t('controls.switchOff')}
    </Button>
  );
}
