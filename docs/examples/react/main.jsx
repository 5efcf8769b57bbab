import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

/** Renders the example into `container`; the docs test calls this. In an app: `mount(document.getElementById('root'))`. */
export function mount(container, props = {}) {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return root;
}
