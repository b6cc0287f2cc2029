import { DownOutlined } from '@ant-design/icons';
import { Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { raciLetters } from '../../components/domain-roles';
import { RaciTag } from '../../components/raci-tag';
import type { Raci } from '../../gql/graphql';
import { UpdateRoleAssignmentMutation } from '../domains/domains.graphql';

interface RaciPickerProps {
  assignment: { id: string; raci: Raci | null; version: number };
  onReload: () => void;
}

/** A RACI tag that opens a menu of letters; choosing one updates the assignment. */
export function RaciPicker({ assignment, onReload }: RaciPickerProps) {
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const handle = useResultHandler();
  const [, updateRoleAssignment] = useMutation(UpdateRoleAssignmentMutation);

  const choose = async (raci: Raci) => {
    if (raci === assignment.raci) return;
    const outcome = await updateRoleAssignment({ input: { id: assignment.id, version: assignment.version, raci } });
    handle(
      { payload: outcome.data?.updateRoleAssignment, error: outcome.error },
      { onReload, successMessage: t('raciChanged', { letter: raci }) },
    );
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: assignment.raci ? [assignment.raci] : [],
        items: raciLetters.map((letter) => ({
          key: letter,
          label: `${letter} · ${t(`enums:raci.${letter}`)}`,
        })),
        onClick: ({ key }) => void choose(key as Raci),
      }}
    >
      <span className="raci-picker" title={t('common:raci.change')}>
        <RaciTag
          letter={assignment.raci ?? 'R'}
          onClick={() => undefined}
          suffix={<DownOutlined className="raci-caret" />}
        />
      </span>
    </Dropdown>
  );
}
