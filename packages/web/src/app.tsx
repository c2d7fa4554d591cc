import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { queryClient } from './api/query-client.ts';
import { AuditPage } from './audit/audit-page.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { CaseDetailPage } from './cases/case-detail-page.tsx';
import { CaseListPage } from './cases/case-list-page.tsx';
import { NewCasePage } from './cases/new-case-page.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { homePath } from './shell/desks.tsx';
import { NotFoundPage, RequireAuth, RequirePermission } from './shell/guards.tsx';
import { LocaleProvider } from './shell/locale-provider.tsx';

export const App = () => (
  <QueryClientProvider client={queryClient}>
    <LocaleProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/*" element={<RequireAuth>{(me) => <ConsoleRoutes me={me} />}</RequireAuth>} />
        </Routes>
      </BrowserRouter>
    </LocaleProvider>
  </QueryClientProvider>
);

const ConsoleRoutes = ({ me }: Parameters<typeof AppShell>[0]) => (
  <Routes>
    <Route element={<AppShell me={me} />}>
      <Route index element={<Navigate to={homePath(me)} replace />} />
      <Route
        path="cases"
        element={
          <RequirePermission me={me} permission="case.read">
            <CaseListPage />
          </RequirePermission>
        }
      />
      <Route
        path="cases/new"
        element={
          <RequirePermission me={me} permission="case.create">
            <NewCasePage />
          </RequirePermission>
        }
      />
      <Route
        path="cases/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <CaseDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="audit"
        element={
          <RequirePermission me={me} permission="audit.read">
            <AuditPage />
          </RequirePermission>
        }
      />
      <Route path="no-desk" element={<NotFoundPage noDesk />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
