import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const kinds = [
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
];

/** Validates an entity as the catalog does (envelope, field formats, kind schema); throws what it finds. */
export async function validateEntity(entity: Entity): Promise<void> {
  await policy.enforce(entity);
  const results = await Promise.all(kinds.map(k => k.check(entity)));
  if (!results.some(Boolean))
    throw new Error(
      `${entity.kind} ${entity.metadata.name} matches no kind schema`,
    );
}
