import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { queryClient } from './api/query-client.ts';
import { LoginPage } from './auth/login-page.tsx';
import { CatastropheBanner } from './catastrophes/banner.tsx';
import { CustomerOfPage, CustomerSearchPage } from './customer-view/customer-view-page.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { homePath } from './shell/desks.tsx';
import { NotFoundPage, RequireAuth, RequirePermission } from './shell/guards.tsx';
import { LocaleProvider } from './shell/locale-provider.tsx';

// Each desk is its own chunk, loaded when first opened (the shell shows a spinner meanwhile).
const CaseListPage = lazy(() =>
  import('./cases/case-list-page.tsx').then((m) => ({ default: m.CaseListPage })),
);
const NewCasePage = lazy(() =>
  import('./new-case/new-case-page.tsx').then((m) => ({ default: m.NewCasePage })),
);
const CaseDetailPage = lazy(() =>
  import('./cases/case-detail-page.tsx').then((m) => ({ default: m.CaseDetailPage })),
);
const AuditPage = lazy(() => import('./audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const MyDeadlinesPage = lazy(() =>
  import('./deadlines/my-deadlines-page.tsx').then((m) => ({ default: m.MyDeadlinesPage })),
);
const ComplaintBoardPage = lazy(() =>
  import('./complaints/board-page.tsx').then((m) => ({ default: m.ComplaintBoardPage })),
);
const ComplaintIntakePage = lazy(() =>
  import('./complaints/intake-page.tsx').then((m) => ({ default: m.ComplaintIntakePage })),
);
const ComplaintDetailPage = lazy(() =>
  import('./complaints/detail-page.tsx').then((m) => ({ default: m.ComplaintDetailPage })),
);
const ApprovalInboxPage = lazy(() =>
  import('./complaints/approvals-page.tsx').then((m) => ({ default: m.ApprovalInboxPage })),
);
const ComplaintRulesPage = lazy(() =>
  import('./complaints/rules-admin-page.tsx').then((m) => ({ default: m.ComplaintRulesPage })),
);
const CalendarAdminPage = lazy(() =>
  import('./calendar-admin/calendar-admin-page.tsx').then((m) => ({ default: m.CalendarAdminPage })),
);
// C8 (issue #5): calls, scripts, QA
const CallsPage = lazy(() => import('./calls/calls-page.tsx').then((m) => ({ default: m.CallsPage })));
const CallDetailPage = lazy(() =>
  import('./calls/call-detail-page.tsx').then((m) => ({ default: m.CallDetailPage })),
);
const ScriptsPage = lazy(() =>
  import('./scripts/scripts-page.tsx').then((m) => ({ default: m.ScriptsPage })),
);
const KnowledgePage = lazy(() =>
  import('./knowledge/knowledge-page.tsx').then((m) => ({ default: m.KnowledgePage })),
);
const CatastrophesPage = lazy(() =>
  import('./catastrophes/catastrophes-page.tsx').then((m) => ({ default: m.CatastrophesPage })),
);
const TasksPage = lazy(() => import('./tasks/tasks-page.tsx').then((m) => ({ default: m.TasksPage })));
const HandoverPage = lazy(() =>
  import('./handover/handover-page.tsx').then((m) => ({ default: m.HandoverPage })),
);
const QaPage = lazy(() => import('./qa/qa-page.tsx').then((m) => ({ default: m.QaPage })));

const ClaimIntakePage = lazy(() =>
  import('./claims/intake-page.tsx').then((m) => ({ default: m.ClaimIntakePage })),
);
const MajorInboxPage = lazy(() =>
  import('./claims/major-inbox-page.tsx').then((m) => ({ default: m.MajorInboxPage })),
);
const ClaimReportPage = lazy(() =>
  import('./claims/claim-report-page.tsx').then((m) => ({ default: m.ClaimReportPage })),
);
const ClaimRulesPage = lazy(() =>
  import('./claims/rules-page.tsx').then((m) => ({ default: m.ClaimRulesPage })),
);
const ClaimDeskPage = lazy(() =>
  import('./claim-applications/desk-page.tsx').then((m) => ({ default: m.ClaimDeskPage })),
);
const ClaimApplicationFormPage = lazy(() =>
  import('./claim-applications/form-page.tsx').then((m) => ({ default: m.ClaimApplicationFormPage })),
);
const DocumentListsPage = lazy(() =>
  import('./policy-services/documents-page.tsx').then((m) => ({ default: m.DocumentListsPage })),
);
const PolicyServiceDetailPage = lazy(() =>
  import('./policy-services/detail-page.tsx').then((m) => ({ default: m.PolicyServiceDetailPage })),
);
const ClaimApplicationDetailPage = lazy(() =>
  import('./claim-applications/detail-page.tsx').then((m) => ({ default: m.ClaimApplicationDetailPage })),
);
const ClaimChecklistsPage = lazy(() =>
  import('./claim-applications/checklists-page.tsx').then((m) => ({ default: m.ClaimChecklistsPage })),
);
const ClaimApprovalsPage = lazy(() =>
  import('./claim-applications/approvals-page.tsx').then((m) => ({ default: m.ClaimApprovalsPage })),
);
// Issue #16: the duty roster
const DutyPlanPage = lazy(() => import('./duty/plan-page.tsx').then((m) => ({ default: m.DutyPlanPage })));
const MyShiftsPage = lazy(() =>
  import('./duty/my-shifts-page.tsx').then((m) => ({ default: m.MyShiftsPage })),
);
// Issue #18: user administration and data sharing between departments
const UsersAdminPage = lazy(() =>
  import('./users-admin/users-page.tsx').then((m) => ({ default: m.UsersAdminPage })),
);
const AssessmentPage = lazy(() =>
  import('./assessment/assessment-page.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const TrainingPage = lazy(() =>
  import('./training/training-page.tsx').then((m) => ({ default: m.TrainingPage })),
);
const ServiceAnalyticsPage = lazy(() =>
  import('./analytics/service-page.tsx').then((m) => ({ default: m.ServiceAnalyticsPage })),
);
const RingsPage = lazy(() => import('./fraud-graph/rings-page.tsx').then((m) => ({ default: m.RingsPage })));
const FraudPage = lazy(() => import('./fraud/fraud-page.tsx').then((m) => ({ default: m.FraudPage })));
const DataSharingPage = lazy(() =>
  import('./data-sharing/data-sharing-page.tsx').then((m) => ({ default: m.DataSharingPage })),
);
// Issue #17: the home page by role
const HomePage = lazy(() => import('./home/home-page.tsx').then((m) => ({ default: m.HomePage })));
const PolicyImportPage = lazy(() =>
  import('./policies/policy-import-page.tsx').then((m) => ({ default: m.PolicyImportPage })),
);

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

const FrontDeskPage = lazy(() =>
  import('./front-desk/front-desk-page.tsx').then((m) => ({ default: m.FrontDeskPage })),
);
const VisitPage = lazy(() => import('./front-desk/visit-page.tsx').then((m) => ({ default: m.VisitPage })));

const ConsoleRoutes = ({ me }: Parameters<typeof AppShell>[0]) => (
  <Routes>
    <Route element={<AppShell me={me} banner={<CatastropheBanner me={me} />} />}>
      <Route index element={<Navigate to={homePath(me)} replace />} />
      <Route
        path="admin/users"
        element={
          <RequirePermission me={me} permission="user.manage">
            <UsersAdminPage />
          </RequirePermission>
        }
      />
      <Route
        path="assessment"
        element={
          <RequirePermission me={me} permission="assessment.read">
            <AssessmentPage />
          </RequirePermission>
        }
      />
      <Route
        path="analytics"
        element={
          <RequirePermission me={me} permission="analytics.read">
            <ServiceAnalyticsPage />
          </RequirePermission>
        }
      />
      <Route
        path="fraud-graph"
        element={
          <RequirePermission me={me} permission="fraudGraph.read">
            <RingsPage />
          </RequirePermission>
        }
      />
      <Route
        path="fraud"
        element={
          <RequirePermission me={me} permission="fraud.investigate">
            <FraudPage />
          </RequirePermission>
        }
      />
      <Route
        path="training"
        element={
          <RequirePermission me={me} permission="training.read">
            <TrainingPage />
          </RequirePermission>
        }
      />
      <Route
        path="front-desk"
        element={
          <RequirePermission me={me} permission="visit.work">
            <FrontDeskPage />
          </RequirePermission>
        }
      />
      <Route
        path="front-desk/visits/:id"
        element={
          <RequirePermission me={me} permission="visit.work">
            <VisitPage />
          </RequirePermission>
        }
      />
      <Route
        path="data-sharing"
        element={
          <RequirePermission me={me} permission="dataShare.request">
            <DataSharingPage />
          </RequirePermission>
        }
      />
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
        path="claim-reports/new"
        element={
          <RequirePermission me={me} permission="case.create">
            <ClaimIntakePage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-reports/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <ClaimReportPage />
          </RequirePermission>
        }
      />
      <Route
        path="major-cases"
        element={
          <RequirePermission me={me} permission="majorCase.review">
            <MajorInboxPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-applications"
        element={
          <RequirePermission me={me} permission="case.create">
            <ClaimDeskPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-applications/new"
        element={
          <RequirePermission me={me} permission="case.create">
            <ClaimApplicationFormPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-applications/approvals"
        element={
          <RequirePermission me={me} permission="case.supervise">
            <ClaimApprovalsPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-applications/checklists"
        element={
          <RequirePermission me={me} permission="claimRules.manage">
            <ClaimChecklistsPage />
          </RequirePermission>
        }
      />
      <Route
        path="policy-services/documents"
        element={
          <RequirePermission me={me} permission="claimRules.manage">
            <DocumentListsPage />
          </RequirePermission>
        }
      />
      <Route
        path="policy-services/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <PolicyServiceDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-applications/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <ClaimApplicationDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="deadlines"
        element={
          <RequirePermission me={me} permission="case.read">
            <MyDeadlinesPage />
          </RequirePermission>
        }
      />
      <Route
        path="calendars"
        element={
          <RequirePermission me={me} permission="calendar.manage">
            <CalendarAdminPage />
          </RequirePermission>
        }
      />
      <Route
        path="policy-imports"
        element={
          <RequirePermission me={me} permission="policy.import">
            <PolicyImportPage />
          </RequirePermission>
        }
      />
      <Route
        path="claim-rules"
        element={
          <RequirePermission me={me} permission="claimRules.manage">
            <ClaimRulesPage />
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
      <Route
        path="home"
        element={
          <RequirePermission me={me} permission="kpi.read">
            <HomePage me={me} />
          </RequirePermission>
        }
      />
      <Route
        path="calls"
        element={
          <RequirePermission me={me} permission="call.read">
            <CallsPage />
          </RequirePermission>
        }
      />
      <Route
        path="customers"
        element={
          <RequirePermission me={me} permission="case.read">
            <CustomerSearchPage />
          </RequirePermission>
        }
      />
      <Route
        path="customers/case/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <CustomerOfPage kind="case" />
          </RequirePermission>
        }
      />
      <Route
        path="customers/call/:id"
        element={
          <RequirePermission me={me} permission="call.read">
            <CustomerOfPage kind="call" />
          </RequirePermission>
        }
      />
      <Route
        path="calls/:id"
        element={
          <RequirePermission me={me} permission="call.read">
            <CallDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="scripts"
        element={
          <RequirePermission me={me} permission="script.read">
            <ScriptsPage />
          </RequirePermission>
        }
      />
      <Route
        path="knowledge"
        element={
          <RequirePermission me={me} permission="knowledge.read">
            <KnowledgePage me={me} />
          </RequirePermission>
        }
      />
      <Route
        path="catastrophes"
        element={
          <RequirePermission me={me} permission="case.read">
            <CatastrophesPage me={me} />
          </RequirePermission>
        }
      />
      <Route
        path="tasks"
        element={
          <RequirePermission me={me} permission="case.read">
            <TasksPage me={me} />
          </RequirePermission>
        }
      />
      <Route
        path="handover"
        element={
          <RequirePermission me={me} permission="handover.work">
            <HandoverPage me={me} />
          </RequirePermission>
        }
      />
      <Route
        path="qa"
        element={
          <RequirePermission me={me} permission="qa.review">
            <QaPage />
          </RequirePermission>
        }
      />
      <Route
        path="complaints"
        element={
          <RequirePermission me={me} permission="case.read">
            <ComplaintBoardPage />
          </RequirePermission>
        }
      />
      <Route
        path="complaints/new"
        element={
          <RequirePermission me={me} permission="case.create">
            <ComplaintIntakePage />
          </RequirePermission>
        }
      />
      <Route
        path="complaints/approvals"
        element={
          <RequirePermission me={me} permission="case.supervise">
            <ApprovalInboxPage />
          </RequirePermission>
        }
      />
      <Route
        path="complaints/admin"
        element={
          <RequirePermission me={me} permission="complaintRules.manage">
            <ComplaintRulesPage />
          </RequirePermission>
        }
      />
      <Route
        path="complaints/:id"
        element={
          <RequirePermission me={me} permission="case.read">
            <ComplaintDetailPage />
          </RequirePermission>
        }
      />
      <Route
        path="duty/plan"
        element={
          <RequirePermission me={me} permission="duty.plan">
            <DutyPlanPage />
          </RequirePermission>
        }
      />
      <Route
        path="duty/my-shifts"
        element={
          <RequirePermission me={me} permission="duty.read">
            <MyShiftsPage />
          </RequirePermission>
        }
      />
      <Route path="no-desk" element={<NotFoundPage noDesk />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
