import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { PolicyExceptionRegisterQuery } from '../../gql/graphql';
import { useExceptionColumns } from './policy-exceptions-card';
import { PolicyLink, RegisterPane } from './register-parts';
import { PolicyExceptionRegisterQuery as ExceptionRegisterQuery } from './registers.graphql';

type RegisteredException = PolicyExceptionRegisterQuery['policyExceptions'][number];

/**
 * The register of policy exceptions (deliverable D12.4): every exception granted to a control of
 * any policy, newest first, with its policy, why, who approved it and until when.
 */
export function ExceptionRegister() {
  const { t } = useTranslation('policies');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ExceptionRegisterQuery });
  const [state, ...rest] = useExceptionColumns<RegisteredException>();
  const columns: ColumnsType<RegisteredException> = [
    ...(state ? [state] : []),
    {
      key: 'policy',
      title: t('registers.policy'),
      width: 200,
      render: (_value, exception) => <PolicyLink policy={exception.policy} />,
    },
    ...rest,
  ];
  const exceptions = data?.policyExceptions ?? [];
  const inForce = exceptions.filter((exception) => exception.inForce).length;

  return (
    <RegisterPane
      name={t('registers.exceptions.name')}
      intro={t('registers.exceptions.intro')}
      extra={t('exceptions.counts', { count: exceptions.length, inForce })}
      testId="exception-register"
      loading={fetching && !data}
      failed={Boolean(error && !data)}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      empty={
        exceptions.length === 0
          ? { title: t('registers.exceptions.emptyTitle'), description: t('registers.exceptions.empty') }
          : null
      }
    >
      <Table<RegisteredException>
        rowKey="id"
        columns={columns}
        dataSource={exceptions}
        pagination={exceptions.length > 20 ? { pageSize: 20, hideOnSinglePage: true } : false}
        onRow={(exception) =>
          ({
            'data-testid': 'exception-register-row',
            'data-control-name': exception.controlName,
            'data-in-force': exception.inForce,
          }) as never
        }
        scroll={{ x: 1100 }}
      />
    </RegisterPane>
  );
}
