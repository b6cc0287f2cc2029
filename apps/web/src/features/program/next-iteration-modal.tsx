import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useOnOpen } from '../../components/use-on-open';
import { StartNextIterationMutation } from './program.graphql';

interface Values {
  name: string;
  closePrevious: boolean;
}

/** Starts the program's next iteration (the server carries problem, scope, tracks and lead over). */
export function NextIterationModal({
  program,
  open,
  onClose,
}: {
  program: { id: string; name: string; iteration: number };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['program', 'common']);
  const [form] = Form.useForm<Values>();
  const handle = useResultHandler();
  const navigate = useNavigate();
  const [{ fetching }, start] = useMutation(StartNextIterationMutation);

  useOnOpen(open, () => {
    form.setFieldsValue({
      name: t('iteration.defaultName', { name: program.name, number: program.iteration + 1 }),
      closePrevious: true,
    });
  });

  const onFinish = async (values: Values) => {
    const outcome = await start({
      input: { programId: program.id, name: values.name.trim(), closePrevious: values.closePrevious },
    });
    const started = handle(
      { payload: outcome.data?.startNextIteration, error: outcome.error },
      { form, successMessage: t('iteration.started', { number: program.iteration + 1 }) },
    );
    if (started) {
      onClose();
      navigate(`/program/${started.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={t('iteration.title', { number: program.iteration + 1 })}
      okText={t('iteration.submit')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('iteration.body')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} name="next-iteration">
        <Form.Item
          name="name"
          label={t('iteration.name')}
          rules={[{ required: true, message: t('iteration.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="closePrevious" valuePropName="checked">
          <Checkbox>{t('iteration.closePrevious', { name: program.name })}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
