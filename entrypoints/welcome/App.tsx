import { Welcome } from '@/components/welcome/Welcome';

export function App() {
  return <Welcome browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} />;
}
