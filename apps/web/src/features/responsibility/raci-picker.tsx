import { DownOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { raciLetters } from '../../components/domain-roles';
import { RaciTag } from '../../components/raci-tag';
import type { GovernanceRole, Raci } from '../../gql/graphql';
import { UpdateRoleAssignmentMutation } from '../domains/domains.graphql';

interface RaciPickerProps {
  assignment: {
    id: string;
    role: GovernanceRole;
    raci: Raci | null;
    version: number;
    person: { name: string };
  };
  domainName: string;
  onReload: () => void;
  /** A refusal from the server (another accountable owner), shown by the cell. */
  onProblem: (text: string | null) => void;
}

/** A RACI tag that opens a menu of letters; choosing one updates the assignment. */
export function RaciPicker({ assignment, domainName, onReload, onProblem }: RaciPickerProps) {
  const { t } = useTranslation(['responsibility', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, updateRoleAssignment] = useMutation(UpdateRoleAssignmentMutation);
  const name = assignment.person.name;

  const save = async (raci: Raci) => {
    onProblem(null);
    const outcome = await updateRoleAssignment({ input: { id: assignment.id, version: assignment.version, raci } });
    handle(
      { payload: outcome.data?.updateRoleAssignment, error: outcome.error },
      {
        onReload,
        onProblem,
        successMessage: t('raciChanged', { name, letter: raci, meaning: t(`enums:raci.${raci}`) }),
      },
    );
  };

  const choose = (raci: Raci) => {
    if (raci === assignment.raci) return;
    // The domain's one accountable owner stops being accountable: say what that leaves behind.
    if (assignment.role === 'data_owner' && assignment.raci === 'A') {
      modal.confirm({
        title: t('loseAccountable.title', { domain: domainName }),
        content: t('loseAccountable.body', { name, domain: domainName, letter: raci }),
        okText: t('loseAccountable.ok', { letter: raci }),
        cancelText: t('common:actions.cancel'),
        onOk: () => save(raci),
      });
      return;
    }
    void save(raci);
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
        onClick: ({ key }) => choose(key as Raci),
      }}
    >
      <span className="raci-picker" title={t('common:raci.change')}>
        <RaciTag
          letter={assignment.raci ?? 'R'}
          person={name}
          onClick={() => undefined}
          suffix={<DownOutlined className="raci-caret" aria-hidden />}
        />
      </span>
    </Dropdown>
  );
}
