export { SCHEMAS_DIR as TEST_SCHEMA_DIR } from '../testUtils/paths';
