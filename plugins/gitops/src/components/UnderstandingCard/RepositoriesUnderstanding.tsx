import { Progress, WarningPanel } from '@backstage/core-components';
import { ANNOTATIONS } from '../../annotations';
import { useRepositoryUnderstandings } from '../../hooks/useRepositoryUnderstandings';
import { UnderstandingCard } from './UnderstandingCard';

/**
 * For the overview page: one {@link UnderstandingCard} per GitOps repository the read
 * did not understand entirely. Nothing when every repository was understood (the
 * catalog then has no report to show).
 */
export function RepositoriesUnderstanding() {
  const systems = useRepositoryUnderstandings();
  if (systems.loading)
    return <Progress aria-label="Loading the reports of the read" />;
  if (systems.error) {
    return (
      <WarningPanel
        severity="error"
        title="Could not read what Homeport understood of the repositories"
        message={systems.error.message}
      />
    );
  }
  return (
    <>
      {(systems.value ?? []).map(entity => {
        const repository =
          entity.metadata.annotations?.[ANNOTATIONS.repository];
        return (
          <UnderstandingCard
            key={`${entity.metadata.namespace ?? 'default'}/${
              entity.metadata.name
            }`}
            entity={entity}
            title={`What Homeport understood of ${repository}`}
          />
        );
      })}
    </>
  );
}
