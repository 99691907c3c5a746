import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createHostClient } from './client/create';
import { sameOriginSocketUrl } from './client/ws-client';
import { lazyComponent } from './components/lazy';
import { ClassroomClient } from './classroom/ClassroomClient';
import { classroomBoot, readCredential } from './classroom/credential';

// A classroom page is its own chunk: the host's own pages (Home first) do not fetch it. Its
// MantineProvider comes with the chunk, so the line shown meanwhile is plain HTML.
const ClassroomApp = lazyComponent(
  () => import('./classroom/ClassroomApp').then((m) => m.ClassroomApp),
  () => (
    <p role="status" style={{ font: '16px system-ui, sans-serif', padding: '2rem' }}>
      Connecting to the classroom…
    </p>
  ),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Classroom pages (a join code, the projector's, or the facilitator's in the fragment, or one
// this tab stored before) talk through a client that shows the code first; see docs/classroom.md.
const classroom = window.mootCouncil ? null : classroomBoot(window.location.hash, readCredential());
if (classroom?.replaceHash) window.history.replaceState(null, '', classroom.replaceHash);

createRoot(root).render(
  <StrictMode>
    {classroom ? (
      <ClassroomApp
        boot={classroom}
        client={new ClassroomClient(sameOriginSocketUrl(window.location))}
      />
    ) : (
      <App client={createHostClient()} />
    )}
  </StrictMode>,
);
