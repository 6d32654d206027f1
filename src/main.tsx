import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentPageUrl, framedByAnotherSite } from './app/adapters/framing';
import { registerServiceWorker } from './app/adapters/serviceWorker';
import { App } from './app/App';
import { FramedNotice } from './app/FramedNotice';
import { UpdateNotice } from './app/UpdateNotice';
import { offerUpdate } from './app/updateReady';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const framed = framedByAnotherSite();
createRoot(container).render(
  <StrictMode>
    {framed ? (
      <FramedNotice href={currentPageUrl()} />
    ) : (
      <>
        <UpdateNotice />
        <App />
      </>
    )}
  </StrictMode>,
);

// Offline support is for the built site only: the dev server's modules change on every edit.
if (import.meta.env.PROD && !framed) registerServiceWorker(offerUpdate);
