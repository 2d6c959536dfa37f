import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { INCIDENT_COLOR, INCIDENT_OUTLINE } from '../../src/domain/agreement/party-colors.js';
import { App } from './app/app.js';
import { initI18n } from './i18n/init-i18n.js';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The stylesheet reads the incident colours from the one colour scheme; set through the CSSOM, which the CSP allows.
document.documentElement.style.setProperty('--incident', INCIDENT_COLOR);
document.documentElement.style.setProperty('--incident-outline', INCIDENT_OUTLINE);

await initI18n();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
