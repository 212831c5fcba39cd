import { BreakWindow } from '@/components/break/BreakWindow';

export interface Props {
  onClose(): void;
}

export function App({ onClose }: Props) {
  return <BreakWindow onClose={onClose} />;
}
