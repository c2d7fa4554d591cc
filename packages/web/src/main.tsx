import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './shell/a11y.css';
import { App } from './app.tsx';
import { installEnterGuard } from './shell/enter-guard.ts';

installEnterGuard(document);

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
