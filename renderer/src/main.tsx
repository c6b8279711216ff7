import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToHost } from '../host/index.js';
import { App } from './app/App.js';
import { createServices, ServicesContext } from './app/services.js';
import '@uiw/react-md-editor/markdown-editor.css';
import './theme/app.css';

const services = createServices(connectToHost());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
}
