export { PendingChangesCard } from './PendingChangesCard';
