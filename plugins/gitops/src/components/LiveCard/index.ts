export { LiveCard, EmptyText } from './LiveCard';
export type { LiveCardProps } from './LiveCard';
