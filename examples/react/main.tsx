// Entry of the React 19 example: renders <App> into #root. Bundled by scripts/build-react-example.mjs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
